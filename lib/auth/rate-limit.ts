import { prisma } from "@/lib/db/client";

// Failed sign-ins are counted in Postgres, so the limit holds across app instances. After 5
// failures for one account (since its last success) or 20 from one IP in 15 minutes, further
// attempts are refused for an interval that doubles with every further failure (capped at 1 h).
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 20;
const IP_WINDOW_MS = 15 * 60_000;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 60 * 60_000;

function lockMs(failures: number, limit: number): number {
  return Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - limit));
}

/** Milliseconds until this email/IP may try again; 0 when allowed. */
export async function lockRemaining(email: string, ip: string, now = new Date()): Promise<number> {
  const db = prisma();
  const lastSuccess = await db.loginAttempt.findFirst({ where: { email, success: true }, orderBy: { at: "desc" }, select: { at: true } });
  const accountFails = await db.loginAttempt.findMany({
    where: { email, success: false, at: { gt: lastSuccess?.at ?? new Date(0) } },
    orderBy: { at: "desc" },
    take: 50,
    select: { at: true },
  });
  let wait = 0;
  if (accountFails.length >= ACCOUNT_LIMIT) {
    wait = accountFails[0].at.getTime() + lockMs(accountFails.length, ACCOUNT_LIMIT) - now.getTime();
  }
  const ipFails = await db.loginAttempt.findMany({
    where: { ip, success: false, at: { gt: new Date(now.getTime() - IP_WINDOW_MS) } },
    orderBy: { at: "desc" },
    take: 100,
    select: { at: true },
  });
  if (ipFails.length >= IP_LIMIT) {
    wait = Math.max(wait, ipFails[0].at.getTime() + lockMs(ipFails.length, IP_LIMIT) - now.getTime());
  }
  return Math.max(0, wait);
}

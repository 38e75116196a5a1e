import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { dummyHash, verifyPassword } from "./password";
import { lockRemaining } from "./rate-limit";

export const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1000),
});

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; role: "ADMIN" | "EDITOR" | "WRITER"; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "locked"; retryAfterMs?: number };

/**
 * Checks a sign-in. Every attempt is recorded (for the rate limit) and audited. Unknown emails
 * cost one password verification too, so timing does not reveal which emails exist; a correct
 * password during a lock is still refused.
 */
export async function authenticate(raw: unknown, ip: string): Promise<AuthResult> {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const db = prisma();

  const wait = await lockRemaining(email, ip);
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  const success = wait === 0 && valid && !!user && !user.disabled;

  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, ip, success } });
    await recordAudit(
      tx,
      user && success ? { id: user.id, email: user.email } : { id: "", email },
      success ? "auth.signin" : "auth.signin_failed",
      { type: "user", id: user?.id ?? null },
      success ? {} : { reason: wait > 0 ? "locked" : user?.disabled ? "disabled" : "invalid" },
      ip,
    );
  });
  if (wait > 0) return { ok: false, reason: "locked", retryAfterMs: wait };
  if (!success || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

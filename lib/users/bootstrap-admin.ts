import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";

/**
 * The first account of an empty database: ADMIN_EMAIL/ADMIN_PASSWORD when given, else a
 * generated password that is returned once (to be printed) and never stored in clear.
 */
export async function bootstrapAdmin(env: { email?: string; password?: string }): Promise<{ email: string; password: string | null } | null> {
  if ((await prisma().user.count()) > 0) return null;
  const email = (env.email ?? "admin@newsroom.local").toLowerCase();
  const generated = env.password ? null : randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(env.password ?? generated!);
  await prisma().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name: "Administrator", role: "ADMIN", passwordHash } });
    await recordAudit(tx, SYSTEM_ACTOR, "user.create", { type: "user", id: user.id }, { email, role: "ADMIN", bootstrap: true });
  });
  return { email, password: generated };
}

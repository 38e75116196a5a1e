import { prisma } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { ValidationError, parseInput } from "@/lib/errors";
import { createUserInput } from "./schema";

export async function createUser(actor: Actor, raw: unknown) {
  assertCan(actor.role, "user.manage");
  const { email, name, role, password } = parseInput(createUserInput, raw);
  const passwordHash = await hashPassword(password);
  return prisma().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) throw new ValidationError(`A user with the email ${email} already exists.`, { email: "already in use" });
    const user = await tx.user.create({ data: { email, name, role, passwordHash } });
    await recordAudit(tx, actor, "user.create", { type: "user", id: user.id }, { email, role });
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  });
}

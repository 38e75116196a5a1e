import { prisma } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError, ValidationError, parseInput } from "@/lib/errors";
import { updateUserInput } from "./schema";

/**
 * Role, name and disabled flag. A role change or a disable bumps the session version, so the
 * user's open sessions lose their rights on their next request.
 */
export async function updateUser(actor: Actor, raw: unknown) {
  assertCan(actor.role, "user.manage");
  const { userId, role, disabled, name } = parseInput(updateUserInput, raw);
  if (userId === actor.id && (disabled || (role && role !== "ADMIN"))) {
    throw new ValidationError("You cannot disable yourself or remove your own admin role.");
  }
  return prisma().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new NotFoundError("This user does not exist.");
    const revoke = (role !== undefined && role !== before.role) || (disabled !== undefined && disabled !== before.disabled);
    const user = await tx.user.update({
      where: { id: userId },
      data: { role, disabled, name, ...(revoke ? { sessionVersion: { increment: 1 } } : {}) },
    });
    if (role !== undefined && role !== before.role) await recordAudit(tx, actor, "user.role_change", { type: "user", id: userId }, { from: before.role, to: role });
    if (disabled !== undefined && disabled !== before.disabled) await recordAudit(tx, actor, disabled ? "user.disable" : "user.enable", { type: "user", id: userId }, {});
    if (name !== undefined && name !== before.name) await recordAudit(tx, actor, "user.update", { type: "user", id: userId }, { name });
    return { id: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabled };
  });
}

import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface Actor {
  id: string;
  email: string;
  role: "ADMIN" | "EDITOR" | "WRITER";
}

/** Written inside the caller's transaction, so the audit row exists exactly when the change does. */
export async function recordAudit(
  tx: Tx,
  actor: Pick<Actor, "id" | "email"> | null,
  action: string,
  entity: { type: string; id?: string | null },
  data: Prisma.InputJsonValue = {},
  ip?: string | null,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id || null,
      actorEmail: actor?.email ?? null,
      action,
      entityType: entity.type,
      entityId: entity.id ?? null,
      data,
      ip: ip ?? null,
    },
  });
}

/** Scripts (seed import, scheduler) act as the system: audited, but with no user behind them. */
export const SYSTEM_ACTOR: Actor = { id: "", email: "system", role: "ADMIN" };

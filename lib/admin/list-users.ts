import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "EDITOR" | "WRITER";
  disabled: boolean;
  createdAt: Date;
}

/** Active users first, then by name. Never returns password hashes. */
export async function listUsers(actor: Actor): Promise<AdminUser[]> {
  assertCan(actor.role, "user.manage");
  return prisma().user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
  });
}

import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { TRASH_MS } from "@/lib/stories/safety-schema";

export interface TrashRow {
  id: string;
  title: string;
  slug: string;
  deletedAt: Date;
  deletedBy: string | null;
  /** When the scheduler may purge it for good. */
  purgeAfter: Date;
  restorable: boolean;
}

/** Deleted stories, most recently deleted first. Editors and admins (who may restore). */
export async function listTrash(actor: Actor, now = new Date()): Promise<TrashRow[]> {
  assertCan(actor.role, "story.restore");
  const rows = await prisma().story.findMany({
    where: { deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      slug: true,
      deletedAt: true,
      revisions: { where: { kind: "DELETE" }, orderBy: { version: "desc" }, take: 1, select: { author: { select: { name: true, email: true } } } },
    },
  });
  return rows.map((r) => {
    const purgeAfter = new Date(r.deletedAt!.getTime() + TRASH_MS);
    const by = r.revisions[0]?.author;
    return { id: r.id, title: r.title, slug: r.slug, deletedAt: r.deletedAt!, deletedBy: by ? by.name || by.email : null, purgeAfter, restorable: purgeAfter > now };
  });
}

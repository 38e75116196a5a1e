import { prisma } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";

/** Cancels a scheduled publish. A never-published story goes back to draft; a published one stays up. */
export async function clearSchedule(actor: Actor, storyId: string): Promise<void> {
  assertCan(actor.role, "story.schedule");
  await prisma().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: string; scheduledAt: Date | null; publishedAt: Date | null }[]>`
      SELECT status, "scheduledAt", "publishedAt" FROM "Story" WHERE id = ${storyId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!locked.length) throw new NotFoundError("This story does not exist (or was deleted).");
    const s = locked[0];
    if (!s.scheduledAt) return;
    const status = s.status === "SCHEDULED" ? (s.publishedAt ? "UNPUBLISHED" : "DRAFT") : undefined;
    await tx.story.update({ where: { id: storyId }, data: { scheduledAt: null, ...(status ? { status } : {}) } });
    await recordAudit(tx, actor, "story.unschedule", { type: "story", id: storyId }, { was: s.scheduledAt.toISOString() });
  });
}

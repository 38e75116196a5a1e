import { prisma } from "@/lib/db/client";
import { recordAudit, SYSTEM_ACTOR, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError, PublishBlockedError, ValidationError } from "@/lib/errors";
import { publishProblems } from "./check-publishable";
import { loadStory } from "./load-story";
import { publishStory } from "./publish-story";

/** Sets a future publish time; the problems that would block publishing are refused now. */
export async function scheduleStory(actor: Actor, storyId: string, at: Date, now = new Date()): Promise<void> {
  assertCan(actor.role, "story.schedule");
  if (!(at.getTime() > now.getTime())) throw new ValidationError("Choose a time in the future.", { scheduledAt: "must be in the future" });
  await prisma().$transaction(async (tx) => {
    const story = await loadStory(tx, storyId).catch(() => null);
    if (!story || story.deletedAt) throw new NotFoundError("This story does not exist.");
    const problems = publishProblems(story);
    if (problems.length) throw new PublishBlockedError(problems);
    await tx.story.update({ where: { id: storyId }, data: { scheduledAt: at, ...(story.status === "PUBLISHED" ? {} : { status: "SCHEDULED" }) } });
    await recordAudit(tx, actor, "story.schedule", { type: "story", id: storyId }, { at: at.toISOString() });
  });
}

/**
 * Publishes every story whose time has come. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * two app instances running this at once never publish one story twice.
 */
export async function publishDueStories(now = new Date()): Promise<string[]> {
  return prisma().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Story"
      WHERE "scheduledAt" <= ${now} AND "deletedAt" IS NULL AND status IN ('SCHEDULED', 'PUBLISHED')
      ORDER BY "scheduledAt" LIMIT 20 FOR UPDATE SKIP LOCKED`;
    const done: string[] = [];
    for (const { id } of due) {
      try {
        await tx.$executeRaw`SAVEPOINT publish_one`;
        await publishStory(SYSTEM_ACTOR, id, { tx, now, auditAction: "story.scheduled_publish" });
        await tx.$executeRaw`RELEASE SAVEPOINT publish_one`;
        done.push(id);
      } catch (e) {
        // A story that can no longer be published stays scheduled-but-blocked; the editor sees it.
        await tx.$executeRaw`ROLLBACK TO SAVEPOINT publish_one`;
        await tx.story.update({ where: { id }, data: { scheduledAt: null, status: "DRAFT" } });
        await recordAudit(tx, SYSTEM_ACTOR, "story.schedule_failed", { type: "story", id }, { error: (e as Error).message });
      }
    }
    return done;
  });
}

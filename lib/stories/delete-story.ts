import { prisma, type Tx } from "@/lib/db/client";
import { recordAudit, SYSTEM_ACTOR, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { notifyTags } from "@/lib/cache/notify";
import { tagsForStory } from "@/lib/cache/tags";
import { NotFoundError, ValidationError, parseInput } from "@/lib/errors";
import { conflictWithLatest } from "@/lib/revisions/conflict";
import { writeRevision } from "@/lib/revisions/write-revision";
import { loadStory } from "./load-story";
import type { PublicStoryView } from "./public-view";
import { deleteStoryInput, storyRefInput, TRASH_DAYS, TRASH_MS } from "./safety-schema";

// Deletion is soft: a deleted story leaves every public surface and the admin list at once, and
// an editor can bring it back from the trash for TRASH_DAYS days. Only an admin can delete for
// good (or the scheduler, once the days are over). Every step is one audited transaction.

/** Moves a story to the trash. Returns the cache tags to expire when it was public. */
export async function deleteStory(actor: Actor, raw: unknown, now = new Date()): Promise<{ version: number; tags: string[] }> {
  assertCan(actor.role, "story.delete");
  const { storyId, baseVersion } = parseInput(deleteStoryInput, raw);
  return prisma().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM "Story" WHERE id = ${storyId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!locked.length) throw new NotFoundError("This story does not exist (or is already in the trash).");
    if (baseVersion !== undefined && locked[0].version !== baseVersion) {
      throw await conflictWithLatest(tx, storyId, locked[0].version);
    }
    const story = await loadStory(tx, storyId);
    const pub = await tx.publicStory.findUnique({ where: { storyId }, select: { content: true } });
    const version = story.version + 1;
    // Readers lose it now; restoring brings back the working copy, not the publication.
    await tx.publicStory.deleteMany({ where: { storyId } });
    const status = story.status === "PUBLISHED" || story.publishedAt ? "UNPUBLISHED" : "DRAFT";
    await tx.story.update({ where: { id: storyId }, data: { deletedAt: now, version, status, scheduledAt: null } });
    await writeRevision(tx, { storyId, version, kind: "DELETE", snapshot: story.document, authorId: actor.id || null, note: "Moved to the trash" });
    await recordAudit(tx, actor, "story.delete", { type: "story", id: storyId }, { title: story.document.title, slug: story.slug, version, wasPublic: !!pub });
    const tags = pub ? tagsForStory(story.slug, (pub.content as unknown as PublicStoryView).feeds.map((f) => f.slug)) : [];
    if (tags.length) await notifyTags(tx, tags);
    return { version, tags };
  });
}

/** Brings a story back from the trash as an unpublished working copy. */
export async function restoreStory(actor: Actor, raw: unknown, now = new Date()): Promise<{ version: number }> {
  assertCan(actor.role, "story.restore");
  const { storyId } = parseInput(storyRefInput, raw);
  return prisma().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ version: number; deletedAt: Date }[]>`
      SELECT version, "deletedAt" FROM "Story" WHERE id = ${storyId} AND "deletedAt" IS NOT NULL FOR UPDATE`;
    if (!locked.length) throw new NotFoundError("This story is not in the trash.");
    if (now.getTime() - locked[0].deletedAt.getTime() > TRASH_MS)
      throw new ValidationError(`This story was deleted more than ${TRASH_DAYS} days ago and can no longer be restored.`);
    const story = await loadStory(tx, storyId);
    const version = story.version + 1;
    await tx.story.update({ where: { id: storyId }, data: { deletedAt: null, version } });
    await writeRevision(tx, { storyId, version, kind: "UNDELETE", snapshot: story.document, authorId: actor.id || null, note: "Restored from the trash" });
    await recordAudit(tx, actor, "story.restore", { type: "story", id: storyId }, { title: story.document.title, slug: story.slug, version });
    return { version };
  });
}

async function purgeInTx(tx: Tx, actor: Actor, storyId: string, reason: "admin" | "expired"): Promise<void> {
  const story = await tx.story.findUniqueOrThrow({ where: { id: storyId }, select: { title: true, slug: true, deletedAt: true, version: true } });
  // Placeholder sources (no URL) belong to this story alone and would be orphans.
  const placeholders = await tx.storySource.findMany({ where: { storyId, source: { normalizedUrl: null } }, select: { sourceId: true } });
  await recordAudit(tx, actor, "story.purge", { type: "story", id: storyId }, { title: story.title, slug: story.slug, deletedAt: story.deletedAt?.toISOString() ?? null, version: story.version, reason });
  await tx.story.delete({ where: { id: storyId } });
  if (placeholders.length)
    await tx.source.deleteMany({ where: { id: { in: placeholders.map((p) => p.sourceId) }, stories: { none: {} }, citations: { none: {} } } });
}

/** Deletes a story from the trash for good, with its history. ADMIN only. */
export async function purgeStory(actor: Actor, raw: unknown): Promise<void> {
  assertCan(actor.role, "story.purge");
  const { storyId } = parseInput(storyRefInput, raw);
  await prisma().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ deletedAt: Date | null }[]>`SELECT "deletedAt" FROM "Story" WHERE id = ${storyId} FOR UPDATE`;
    if (!locked.length) throw new NotFoundError("This story does not exist.");
    if (!locked[0].deletedAt) throw new ValidationError("Move the story to the trash before deleting it for good.");
    await purgeInTx(tx, actor, storyId, "admin");
  });
}

/**
 * Purges what has been in the trash longer than TRASH_DAYS (the background scheduler calls this).
 * SKIP LOCKED: two app instances running it at once never fight over one story.
 */
export async function purgeExpiredStories(now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - TRASH_MS);
  return prisma().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Story" WHERE "deletedAt" < ${cutoff} ORDER BY "deletedAt" LIMIT 50 FOR UPDATE SKIP LOCKED`;
    for (const { id } of due) await purgeInTx(tx, SYSTEM_ACTOR, id, "expired");
    return due.map((d) => d.id);
  });
}

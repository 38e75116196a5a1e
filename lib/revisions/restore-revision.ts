import { prisma } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError, parseInput } from "@/lib/errors";
import type { LoadedStory } from "@/lib/stories/load-story";
import { saveStory } from "@/lib/stories/save-story";
import { snapshotDocument } from "./list-revisions";
import { restoreRevisionInput } from "./schema";

/**
 * Makes an old revision the working copy again, as a new RESTORE revision on top of the current
 * one (history only grows). The published page is untouched until someone publishes. The save
 * carries the version the editor saw, so a restore never overwrites a newer save. Anyone who may
 * edit the story may restore (it is what retyping the old text would do); it is audited.
 */
export async function restoreRevision(actor: Actor, raw: unknown): Promise<LoadedStory> {
  assertCan(actor.role, "story.edit");
  const { storyId, version, baseVersion } = parseInput(restoreRevisionInput, raw);
  return prisma().$transaction(
    async (tx) => {
      const story = await tx.story.findUnique({ where: { id: storyId }, select: { slug: true, publishedAt: true, deletedAt: true } });
      if (!story || story.deletedAt) throw new NotFoundError("This story does not exist (or was deleted).");
      const rev = await tx.storyRevision.findUnique({ where: { storyId_version: { storyId, version } }, select: { snapshot: true } });
      if (!rev) throw new NotFoundError(`Version ${version} of this story does not exist.`);
      const doc = snapshotDocument(rev.snapshot);
      // Feeds deleted since are dropped; a published story's address never changes.
      const feeds = new Set((await tx.feed.findMany({ where: { slug: { in: doc.feedSlugs } }, select: { slug: true } })).map((f) => f.slug));
      const document = { ...doc, slug: story.publishedAt ? story.slug : doc.slug, feedSlugs: doc.feedSlugs.filter((f) => feeds.has(f)) };
      const saved = await saveStory(actor, { storyId, baseVersion, document }, { tx, kind: "RESTORE", note: `Restored from version ${version}` });
      await recordAudit(tx, actor, "story.restore_revision", { type: "story", id: storyId }, { fromVersion: version, version: saved.version });
      return saved;
    },
    { timeout: 20_000 },
  );
}

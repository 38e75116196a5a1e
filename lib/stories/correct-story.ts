import { prisma } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { notifyTags } from "@/lib/cache/notify";
import { tagsForStory } from "@/lib/cache/tags";
import { NotFoundError, ValidationError, parseInput } from "@/lib/errors";
import { publishStory } from "./publish-story";
import type { PublicStoryView } from "./public-view";
import { correctStoryInput } from "./safety-schema";

export interface CorrectionResult {
  version: number;
  slug: string;
  tags: string[];
}

/**
 * Attaches a correction to a published story: publishes the working copy as it is (usually the
 * fix itself) and records the publish as a dated CORRECTION in the public update log with the
 * editor's note — or, when readers would see no other change, a note-only correction entry.
 * One transaction: publish, update-log entry, CORRECTION revision, audit row, cache NOTIFY.
 */
export async function correctStory(actor: Actor, raw: unknown, now = new Date()): Promise<CorrectionResult> {
  assertCan(actor.role, "story.correct");
  const { storyId, baseVersion, note } = parseInput(correctStoryInput, raw);
  return prisma().$transaction(
    async (tx) => {
      const story = await tx.story.findUnique({ where: { id: storyId }, select: { status: true, deletedAt: true, public: { select: { storyId: true } } } });
      if (!story || story.deletedAt) throw new NotFoundError("This story does not exist (or was deleted).");
      if (story.status !== "PUBLISHED" || !story.public) throw new ValidationError("Only a published story can carry a correction.", { note: "publish the story first" });

      const result = await publishStory(actor, storyId, { tx, baseVersion, now });
      const pub = await tx.publicStory.findUniqueOrThrow({ where: { storyId } });
      const entry = result.changed ? await tx.storyUpdate.findFirst({ where: { storyId, at: now }, orderBy: { id: "desc" } }) : null;
      if (entry) await tx.storyUpdate.update({ where: { id: entry.id }, data: { kind: "CORRECTION", note } });
      else await tx.storyUpdate.create({ data: { storyId, kind: "CORRECTION", at: now, articleCount: pub.articleCount, note } });
      await tx.storyRevision.update({ where: { storyId_version: { storyId, version: result.version } }, data: { kind: "CORRECTION", note } });
      await recordAudit(tx, actor, "story.correct", { type: "story", id: storyId }, { version: result.version, note, contentChanged: result.changed });

      let tags = result.tags;
      if (!tags.length) {
        tags = tagsForStory(pub.slug, (pub.content as unknown as PublicStoryView).feeds.map((f) => f.slug));
        await notifyTags(tx, tags);
      }
      return { version: result.version, slug: pub.slug, tags };
    },
    { timeout: 20_000 },
  );
}

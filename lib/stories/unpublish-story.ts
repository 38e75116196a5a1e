import { prisma, type Tx } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { notifyTags } from "@/lib/cache/notify";
import { tagsForStory } from "@/lib/cache/tags";
import { NotFoundError } from "@/lib/errors";
import { writeRevision } from "@/lib/revisions/write-revision";
import { loadStory } from "./load-story";
import type { PublicStoryView } from "./public-view";

/** Takes a story off every public surface at once (page, feeds, search, sitemap, RSS). */
export async function unpublishStory(actor: Actor, storyId: string, opts: { tx?: Tx } = {}): Promise<{ version: number; tags: string[] }> {
  assertCan(actor.role, "story.unpublish");
  const run = async (tx: Tx) => {
    const locked = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM "Story" WHERE id = ${storyId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!locked.length) throw new NotFoundError("This story does not exist (or was deleted).");
    const story = await loadStory(tx, storyId);
    const pub = await tx.publicStory.findUnique({ where: { storyId } });
    const version = story.version + 1;
    await tx.publicStory.deleteMany({ where: { storyId } });
    await tx.story.update({ where: { id: storyId }, data: { status: "UNPUBLISHED", version, scheduledAt: null } });
    await writeRevision(tx, { storyId, version, kind: "UNPUBLISH", snapshot: story.document, authorId: actor.id || null });
    await recordAudit(tx, actor, "story.unpublish", { type: "story", id: storyId }, { version });
    const feeds = pub ? (pub.content as unknown as PublicStoryView).feeds.map((f) => f.slug) : [];
    const tags = tagsForStory(story.slug, feeds);
    await notifyTags(tx, tags);
    return { version, tags };
  };
  return opts.tx ? run(opts.tx) : prisma().$transaction(run);
}

import { prisma } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { notifyTags } from "@/lib/cache/notify";
import { NotFoundError, parseInput } from "@/lib/errors";
import type { FeedRow } from "./create-feed";
import { tagsForFeed } from "./feed-tags";
import { renameFeedInput } from "./schema";

/** Changes the name readers see; the slug (the feed's address) stays. */
export async function renameFeed(actor: Actor, raw: unknown): Promise<{ feed: FeedRow; tags: string[] }> {
  assertCan(actor.role, "feed.manage");
  const { feedId, name } = parseInput(renameFeedInput, raw);
  return prisma().$transaction(async (tx) => {
    const before = await tx.feed.findUnique({ where: { id: feedId } });
    if (!before) throw new NotFoundError("This feed does not exist.");
    const feed = await tx.feed.update({ where: { id: feedId }, data: { name } });
    if (before.name !== name) await recordAudit(tx, actor, "feed.rename", { type: "feed", id: feedId }, { from: before.name, to: name });
    const tags = tagsForFeed(feed.slug);
    await notifyTags(tx, tags);
    return { feed: { id: feed.id, slug: feed.slug, name: feed.name, position: feed.position }, tags };
  });
}

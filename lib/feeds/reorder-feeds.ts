import { prisma } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { tags as cacheTags } from "@/lib/cache/tags";
import { assertCan } from "@/lib/auth/permissions";
import { notifyTags } from "@/lib/cache/notify";
import { ValidationError, parseInput } from "@/lib/errors";
import { reorderFeedsInput } from "./schema";

/**
 * Sets every feed's position from one complete list. The list must name exactly the feeds that
 * exist (a feed created or deleted meanwhile makes it stale), so a reorder never loses one.
 */
export async function reorderFeeds(actor: Actor, raw: unknown): Promise<{ tags: string[] }> {
  assertCan(actor.role, "feed.manage");
  const { feedIds } = parseInput(reorderFeedsInput, raw);
  return prisma().$transaction(async (tx) => {
    // Lock the feed rows: two editors reordering at once apply one after the other.
    const current = await tx.$queryRaw<{ id: string; slug: string }[]>`SELECT id, slug FROM "Feed" ORDER BY position, "createdAt" FOR UPDATE`;
    const known = new Set(current.map((f) => f.id));
    if (current.length !== feedIds.length || feedIds.some((id) => !known.has(id))) {
      throw new ValidationError("The feed list changed while you were reordering it. Reload the page and try again.");
    }
    for (const [position, id] of feedIds.entries()) await tx.feed.update({ where: { id }, data: { position } });
    await recordAudit(tx, actor, "feed.reorder", { type: "feed" }, { order: feedIds });
    const tags = [cacheTags.feeds, cacheTags.home, ...current.map((f) => cacheTags.feed(f.slug))];
    await notifyTags(tx, tags);
    return { tags };
  });
}

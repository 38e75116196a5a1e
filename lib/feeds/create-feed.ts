import { prisma } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { notifyTags } from "@/lib/cache/notify";
import { ValidationError, parseInput } from "@/lib/errors";
import { slugify } from "@/lib/stories/slugify";
import { tagsForFeed } from "./feed-tags";
import { createFeedInput } from "./schema";

export interface FeedRow {
  id: string;
  slug: string;
  name: string;
  position: number;
}

/** A new feed, placed last. The slug defaults to one made from the name. */
export async function createFeed(actor: Actor, raw: unknown): Promise<{ feed: FeedRow; tags: string[] }> {
  assertCan(actor.role, "feed.manage");
  const input = parseInput(createFeedInput, raw);
  const { name } = input;
  const slug = input.slug ?? slugify(name).slice(0, 60).replace(/-+$/, "");

  return prisma().$transaction(async (tx) => {
    if (await tx.feed.findUnique({ where: { slug } })) {
      throw new ValidationError(`A feed with the slug "${slug}" already exists.`, { slug: "already in use" });
    }
    const last = await tx.feed.aggregate({ _max: { position: true } });
    const feed = await tx.feed.create({ data: { slug, name, position: (last._max.position ?? -1) + 1 } });
    await recordAudit(tx, actor, "feed.create", { type: "feed", id: feed.id }, { slug, name });
    const tags = tagsForFeed(slug);
    await notifyTags(tx, tags);
    return { feed: { id: feed.id, slug: feed.slug, name: feed.name, position: feed.position }, tags };
  });
}

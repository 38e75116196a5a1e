import { prisma } from "@/lib/db/client";
import { isSlug } from "./is-slug";
import type { FeedSummary } from "./types";

// Feeds with the number of published stories in each (counted from PublicStoryFeed, so drafts and
// unpublished stories never count). Uncached; see cached-reads.ts.

interface FeedRow {
  id: string;
  slug: string;
  name: string;
  position: number;
  storyCount: bigint | number;
}

export async function readFeeds(): Promise<FeedSummary[]> {
  const rows = await prisma().$queryRaw<FeedRow[]>`
    SELECT f.id, f.slug, f.name, f.position, COUNT(pf."storyId") AS "storyCount"
    FROM "Feed" f LEFT JOIN "PublicStoryFeed" pf ON pf."feedId" = f.id
    GROUP BY f.id
    ORDER BY f.position ASC, f.name ASC`;
  return rows.map((r) => ({ ...r, storyCount: Number(r.storyCount) }));
}

export async function readFeed(slug: string): Promise<Omit<FeedSummary, "storyCount"> | null> {
  if (!isSlug(slug)) return null;
  return prisma().feed.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, position: true } });
}

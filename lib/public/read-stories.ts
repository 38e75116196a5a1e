import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PublicStoryView } from "@/lib/stories/public-view";
import { decodeCursor, encodeCursor } from "./cursor";
import { isSlug } from "./is-slug";
import type { Paged, PublicStoryData, PublicUpdate, StoryCardData } from "./types";

// Uncached reads of the public tables (PublicStory, PublicStoryFeed, StoryUpdate). Pages never
// call these directly: they go through cached-reads.ts. Listing queries walk the
// (lastUpdatedAt DESC, storyId DESC) indexes with a row comparison, so page N costs what page 1 does.

export const PAGE_SIZE = 20;
const MAX_UPDATES = 100;

interface CardRow {
  storyId: string;
  slug: string;
  title: string;
  firstHeadline: string | null;
  articleCount: number;
  publishedAt: Date;
  lastUpdatedAt: Date;
}

function toCard(r: CardRow): StoryCardData {
  return { ...r, articleCount: Number(r.articleCount), publishedAt: r.publishedAt.toISOString(), lastUpdatedAt: r.lastUpdatedAt.toISOString() };
}

function paged(rows: CardRow[], size: number): Paged<StoryCardData> {
  const items = rows.slice(0, size).map(toCard);
  const last = rows.length > size ? rows[size - 1] : null;
  return { items, next: last ? encodeCursor({ lastUpdatedAt: last.lastUpdatedAt, storyId: last.storyId }) : null };
}

/** Top Headlines: every published story, most recently updated first. */
export async function readLatestStories(before: string | null, size = PAGE_SIZE): Promise<Paged<StoryCardData>> {
  const c = decodeCursor(before);
  const after = c ? Prisma.sql`WHERE ("lastUpdatedAt", "storyId") < (${c.lastUpdatedAt}, ${c.storyId})` : Prisma.empty;
  const rows = await prisma().$queryRaw<CardRow[]>`
    SELECT "storyId", slug, title, "firstHeadline", "articleCount", "publishedAt", "lastUpdatedAt"
    FROM "PublicStory" ${after}
    ORDER BY "lastUpdatedAt" DESC, "storyId" DESC
    LIMIT ${size + 1}`;
  return paged(rows, size);
}

/** One feed's stories, walking the PublicStoryFeed (feedId, lastUpdatedAt, storyId) index. */
export async function readFeedStories(feedId: string, before: string | null, size = PAGE_SIZE): Promise<Paged<StoryCardData>> {
  const c = decodeCursor(before);
  const after = c ? Prisma.sql`AND (f."lastUpdatedAt", f."storyId") < (${c.lastUpdatedAt}, ${c.storyId})` : Prisma.empty;
  const rows = await prisma().$queryRaw<CardRow[]>`
    SELECT s."storyId", s.slug, s.title, s."firstHeadline", s."articleCount", s."publishedAt", f."lastUpdatedAt"
    FROM "PublicStoryFeed" f JOIN "PublicStory" s ON s."storyId" = f."storyId"
    WHERE f."feedId" = ${feedId} ${after}
    ORDER BY f."lastUpdatedAt" DESC, f."storyId" DESC
    LIMIT ${size + 1}`;
  return paged(rows, size);
}

/** A published story with its public update log, or null (never published, or unpublished). */
export async function readStory(slug: string): Promise<PublicStoryData | null> {
  if (!isSlug(slug)) return null;
  const s = await prisma().publicStory.findUnique({
    where: { slug },
    select: { storyId: true, slug: true, title: true, firstHeadline: true, articleCount: true, publishedAt: true, lastUpdatedAt: true, content: true },
  });
  if (!s) return null;
  const updates = await prisma().storyUpdate.findMany({
    where: { storyId: s.storyId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: MAX_UPDATES,
  });
  const view = s.content as unknown as PublicStoryView;
  return {
    storyId: s.storyId,
    slug: s.slug,
    title: s.title,
    firstHeadline: s.firstHeadline,
    articleCount: s.articleCount,
    publishedAt: s.publishedAt.toISOString(),
    lastUpdatedAt: s.lastUpdatedAt.toISOString(),
    // Tolerate an older or partial view shape rather than failing the page.
    view: { ...view, feeds: view.feeds ?? [], claims: view.claims ?? [], sources: view.sources ?? [], timeline: view.timeline ?? [] },
    updates: updates.map(
      (u): PublicUpdate => ({
        id: u.id,
        kind: u.kind,
        at: u.at.toISOString(),
        articlesAdded: u.articlesAdded,
        articleCount: u.articleCount,
        sectionsAdded: u.sectionsAdded,
        sectionsChanged: u.sectionsChanged,
        note: u.note,
      }),
    ),
  };
}

/** Everything the sitemap lists; capped at the sitemap protocol's 50,000 URLs per file. */
export async function readSitemapStories(limit = 49_000): Promise<{ slug: string; lastUpdatedAt: string }[]> {
  const rows = await prisma().publicStory.findMany({
    select: { slug: true, lastUpdatedAt: true },
    orderBy: [{ lastUpdatedAt: "desc" }, { storyId: "desc" }],
    take: limit,
  });
  return rows.map((r) => ({ slug: r.slug, lastUpdatedAt: r.lastUpdatedAt.toISOString() }));
}

// First: see lib/validation/no-eval.ts (no eval probe under the admin CSP).
import "@/lib/validation/no-eval";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

export const STORY_STATUSES = ["DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"] as const;
export const PAGE_SIZE = 50;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The list's querystring, forgiving: anything unknown is ignored rather than an error page. */
export const storyFilters = z.object({
  status: z.preprocess(one, z.enum(STORY_STATUSES).optional().catch(undefined)),
  feed: z.preprocess(one, z.string().trim().max(100).optional().catch(undefined)),
  q: z.preprocess(one, z.string().trim().max(200).optional().catch(undefined)),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(1000).catch(1).default(1)),
});
export type StoryFilters = z.output<typeof storyFilters>;

export interface StoryListRow {
  id: string;
  title: string;
  slug: string;
  status: (typeof STORY_STATUSES)[number];
  feeds: { slug: string; name: string }[];
  updatedAt: Date;
  lastUpdatedAt: Date | null;
  articleCount: number;
  hasIncompleteSource: boolean;
}

/** Newest-edited first; one query, whatever the page size. */
export async function listStories(actor: Actor, filters: StoryFilters): Promise<{ rows: StoryListRow[]; hasMore: boolean }> {
  assertCan(actor.role, "story.read");
  const where: Prisma.StoryWhereInput = { deletedAt: null };
  if (filters.status) where.status = filters.status;
  if (filters.feed) where.feeds = { some: { feed: { slug: filters.feed } } };
  if (filters.q) where.title = { contains: filters.q, mode: "insensitive" };
  const stories = await prisma().story.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: (filters.page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      updatedAt: true,
      lastUpdatedAt: true,
      feeds: { select: { feed: { select: { slug: true, name: true, position: true } } } },
      _count: { select: { sources: true } },
      // Any one incomplete source is enough for the flag.
      sources: { where: { source: { OR: [{ url: null }, { outlet: null }, { title: null }] } }, select: { sourceId: true }, take: 1 },
    },
  });
  const rows = stories.slice(0, PAGE_SIZE).map((s) => ({
    id: s.id,
    title: s.title,
    slug: s.slug,
    status: s.status,
    feeds: s.feeds.map((f) => f.feed).sort((a, b) => a.position - b.position).map(({ slug, name }) => ({ slug, name })),
    updatedAt: s.updatedAt,
    lastUpdatedAt: s.lastUpdatedAt,
    articleCount: s._count.sources,
    hasIncompleteSource: s.sources.length > 0,
  }));
  return { rows, hasMore: stories.length > PAGE_SIZE };
}

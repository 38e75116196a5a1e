import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import type { RichDoc } from "@/lib/richtext/schema";
import type { StoryDocument } from "./schema";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export interface LoadedStory {
  id: string;
  slug: string;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
  version: number;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  lastUpdatedAt: Date | null;
  deletedAt: Date | null;
  updatedAt: Date;
  document: StoryDocument;
}

const INCLUDE = {
  feeds: { include: { feed: true }, orderBy: { feed: { position: "asc" } } },
  sources: { include: { source: true }, orderBy: { position: "asc" } },
  claims: { orderBy: { position: "asc" } },
  timeline: { orderBy: { position: "asc" } },
} satisfies Prisma.StoryInclude;

/** The working copy as one document; source keys are Source ids. Also the revision snapshot. */
export async function loadStory(db: Db | Tx, storyId: string): Promise<LoadedStory> {
  const s = await db.story.findUnique({ where: { id: storyId }, include: INCLUDE });
  if (!s) throw new NotFoundError("This story does not exist.");
  return toLoaded(s);
}

/** Many stories in one query (the importer compares a whole run against what is stored). */
export async function loadStories(db: Db | Tx, where: { slugs: string[] }): Promise<LoadedStory[]> {
  if (!where.slugs.length) return [];
  const rows = await db.story.findMany({ where: { slug: { in: where.slugs } }, include: INCLUDE });
  return rows.map(toLoaded);
}

type Row = Prisma.StoryGetPayload<{ include: typeof INCLUDE }>;

function toLoaded(s: Row): LoadedStory {
  return {
    id: s.id,
    slug: s.slug,
    status: s.status,
    version: s.version,
    publishedAt: s.publishedAt,
    scheduledAt: s.scheduledAt,
    lastUpdatedAt: s.lastUpdatedAt,
    deletedAt: s.deletedAt,
    updatedAt: s.updatedAt,
    document: {
      title: s.title,
      slug: s.slug,
      feedSlugs: s.feeds.map((f) => f.feed.slug),
      sources: s.sources.map(({ source: src }) => ({
        key: src.id,
        url: src.url,
        outlet: src.outlet,
        title: src.title,
        author: src.author,
        publishedAt: iso(src.publishedAt),
      })),
      claims: s.claims.map((c) => ({ id: c.id, headline: c.headline, body: c.body as unknown as RichDoc })),
      timeline: s.timeline.map((t) => ({ id: t.id, date: iso(t.date)!, precision: t.precision, body: t.body as unknown as RichDoc })),
    },
  };
}

export function isIncomplete(s: { url: string | null; outlet: string | null; title: string | null }): boolean {
  return !s.url || !s.outlet || !s.title;
}

import type { Tx } from "@/lib/db/client";
import { slugify } from "@/lib/stories/slugify";

export interface FeedRow {
  id: string;
  slug: string;
  name: string;
  position: number;
}

/** "world-news" → "World News"; a name ("Top Headlines") is kept as written. */
function nameFor(nameOrSlug: string): string {
  return nameOrSlug.includes("-") && !nameOrSlug.includes(" ") ? nameOrSlug.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()) : nameOrSlug;
}

/**
 * Every feed the run names (by name or slug), created at the end of the list when missing.
 * Two queries whatever the count. Returns slug → feed, and each input → its slug.
 */
export async function ensureFeeds(tx: Tx, namesOrSlugs: string[]): Promise<{ bySlug: Map<string, FeedRow>; slugOf: (nameOrSlug: string) => string }> {
  const wanted = new Map<string, string>(); // slug → first name given
  for (const n of namesOrSlugs) if (!wanted.has(slugify(n))) wanted.set(slugify(n), n);
  const existing = await tx.feed.findMany({ where: { slug: { in: [...wanted.keys()] } } });
  const bySlug = new Map<string, FeedRow>(existing.map((f) => [f.slug, f]));
  const missing = [...wanted].filter(([slug]) => !bySlug.has(slug));
  if (missing.length) {
    const count = await tx.feed.count();
    const created = await tx.feed.createManyAndReturn({ data: missing.map(([slug, n], i) => ({ slug, name: nameFor(n), position: count + i })) });
    for (const f of created) bySlug.set(f.slug, f);
  }
  return { bySlug, slugOf: (n) => slugify(n) };
}

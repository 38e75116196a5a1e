import { unstable_cache } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { readFeed, readFeeds } from "./read-feeds";
import { readFeedStories, readLatestStories, readSitemapStories, readStory } from "./read-stories";
import { searchStories } from "./search-stories";

// The only way public pages read data. Every read goes through the Next data cache with the tags
// publishing invalidates (lib/cache/tags.ts), so a reader's request does not touch Postgres and a
// publish shows up as soon as its tags are revalidated. The 300 s revalidate is a safety net for
// a missed invalidation, not the freshness mechanism.

const REVALIDATE = 300;

// `next build` prerenders the static pages without a database. They get empty data, still under
// the tags, and every server expires tags.all when it starts (lib/server/background.ts).
const atBuild = () => process.env.NEXT_PHASE === "phase-production-build";
const EMPTY_PAGE = { items: [], next: null };

export function getLatestStories(before: string | null) {
  return unstable_cache(async () => (atBuild() ? EMPTY_PAGE : readLatestStories(before)), ["public:latest", before ?? ""], {
    tags: [tags.home, tags.all],
    revalidate: REVALIDATE,
  })();
}

export function getFeeds() {
  return unstable_cache(async () => (atBuild() ? [] : readFeeds()), ["public:feeds"], { tags: [tags.feeds, tags.all], revalidate: REVALIDATE })();
}

/** A feed and one page of its stories. Tagged with the feed and the feed list (renames, deletes). */
export function getFeedPage(slug: string, before: string | null) {
  return unstable_cache(
    async () => {
      if (atBuild()) return null;
      const feed = await readFeed(slug);
      if (!feed) return null;
      return { feed, stories: await readFeedStories(feed.id, before) };
    },
    ["public:feed", slug, before ?? ""],
    { tags: [tags.feed(slug), tags.feeds, tags.all], revalidate: REVALIDATE },
  )();
}

export function getStory(slug: string) {
  return unstable_cache(async () => (atBuild() ? null : readStory(slug)), ["public:story", slug], { tags: [tags.story(slug), tags.all], revalidate: REVALIDATE })();
}

export function getSearchResults(q: string) {
  return unstable_cache(() => searchStories(q), ["public:search", q], { tags: [tags.search, tags.all], revalidate: REVALIDATE })();
}

export function getSitemapStories() {
  return unstable_cache(async () => (atBuild() ? [] : readSitemapStories()), ["public:sitemap"], { tags: [tags.sitemap, tags.all], revalidate: REVALIDATE })();
}

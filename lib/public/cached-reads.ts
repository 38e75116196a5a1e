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

export function getLatestStories(before: string | null) {
  return unstable_cache(() => readLatestStories(before), ["public:latest", before ?? ""], {
    tags: [tags.home],
    revalidate: REVALIDATE,
  })();
}

export function getFeeds() {
  return unstable_cache(readFeeds, ["public:feeds"], { tags: [tags.feeds], revalidate: REVALIDATE })();
}

/** A feed and one page of its stories. Tagged with the feed and the feed list (renames, deletes). */
export function getFeedPage(slug: string, before: string | null) {
  return unstable_cache(
    async () => {
      const feed = await readFeed(slug);
      if (!feed) return null;
      return { feed, stories: await readFeedStories(feed.id, before) };
    },
    ["public:feed", slug, before ?? ""],
    { tags: [tags.feed(slug), tags.feeds], revalidate: REVALIDATE },
  )();
}

export function getStory(slug: string) {
  return unstable_cache(() => readStory(slug), ["public:story", slug], { tags: [tags.story(slug)], revalidate: REVALIDATE })();
}

export function getSearchResults(q: string) {
  return unstable_cache(() => searchStories(q), ["public:search", q], { tags: [tags.search], revalidate: REVALIDATE })();
}

export function getSitemapStories() {
  return unstable_cache(() => readSitemapStories(), ["public:sitemap"], { tags: [tags.sitemap], revalidate: REVALIDATE })();
}

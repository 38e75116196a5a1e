// Cache tags shared by the public read path (unstable_cache / fetch tags) and by publishing,
// which invalidates them. One place, so a writer and a reader can never disagree on a name.
export const tags = {
  story: (slug: string) => `story:${slug}`,
  feed: (slug: string) => `feed:${slug}`,
  home: "home",
  feeds: "feeds",
  search: "search",
  sitemap: "sitemap",
  /** On every public read: expired when a server starts, because the Next data cache on disk
   *  outlives the process and may predate changes made while no server was listening. */
  all: "public",
} as const;

/** Every tag a change to one story touches. */
export function tagsForStory(slug: string, feedSlugs: string[]): string[] {
  return [tags.story(slug), tags.home, tags.feeds, tags.search, tags.sitemap, ...feedSlugs.map(tags.feed)];
}

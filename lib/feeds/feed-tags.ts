import { tags } from "@/lib/cache/tags";

/** Feed names show in the public feed list, feed pages and the home page. */
export function tagsForFeed(slug: string): string[] {
  return [tags.feeds, tags.feed(slug), tags.home];
}

import type { MetadataRoute } from "next";
import { getFeeds, getSitemapStories } from "@/lib/public/cached-reads";
import { absoluteUrl, feedPath, storyPath } from "@/lib/public/site";

// Published stories only (read from PublicStory), newest first. Rendered per request because the
// build has no database; the lists come from the tagged cache (tags.sitemap, tags.feeds).
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [stories, feeds] = await Promise.all([getSitemapStories(), getFeeds()]);
  const newest = stories[0]?.lastUpdatedAt;
  return [
    { url: absoluteUrl("/"), lastModified: newest, changeFrequency: "hourly", priority: 1 },
    { url: absoluteUrl("/feeds"), changeFrequency: "daily", priority: 0.5 },
    ...feeds.map((f) => ({ url: absoluteUrl(feedPath(f.slug)), changeFrequency: "hourly" as const, priority: 0.6 })),
    ...stories.map((s) => ({ url: absoluteUrl(storyPath(s.slug)), lastModified: s.lastUpdatedAt, priority: 0.8 })),
  ];
}

import type { MetadataRoute } from "next";
import { getFeeds, getSitemapStories } from "@/lib/public/cached-reads";
import { absoluteUrl, feedPath, storyPath } from "@/lib/public/site";

// Static, cached under the tags of the lists it shows; re-rendered when a publish expires them.
export const revalidate = 300;

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

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFeedPage } from "@/lib/public/cached-reads";
import { decodeCursor } from "@/lib/public/cursor";
import { feedPath, olderPath, pageAlternates, SITE_NAME } from "@/lib/public/site";
import { StoryList } from "./StoryList";

// One feed, first page (`/feeds/<slug>`) or a later one (`/feeds/<slug>/older/<cursor>`).

export async function feedMetadata(slug: string, before: string | null): Promise<Metadata> {
  const data = before !== null && !decodeCursor(before) ? null : await getFeedPage(slug, before);
  if (!data) return { title: "Feed not found", robots: { index: false } };
  const path = feedPath(data.feed.slug);
  return {
    title: data.feed.name,
    description: `The latest ${data.feed.name} stories.`,
    alternates: pageAlternates(before ? olderPath(path, before) : path, { base: path, title: data.feed.name }),
    openGraph: { type: "website", siteName: SITE_NAME, title: data.feed.name, url: path },
    ...(before ? { robots: { index: false, follow: true } } : {}),
  };
}

export async function FeedListing({ slug, before }: { slug: string; before: string | null }) {
  if (before !== null && !decodeCursor(before)) notFound();
  const data = await getFeedPage(slug, before);
  if (!data) notFound();
  const path = feedPath(data.feed.slug);
  return (
    <div className="page">
      <p className="eyebrow">Feed</p>
      <h1 className="page-title">{data.feed.name}</h1>
      <StoryList page={data.stories} basePath={path} isFirstPage={!before} empty="No stories in this feed yet." />
      <p className="meta subscribe">
        Subscribe: <a href={`${path}/rss.xml`}>RSS</a> · <a href={`${path}/atom.xml`}>Atom</a>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryList } from "@/components/public/StoryList";
import { getFeedPage } from "@/lib/public/cached-reads";
import { cursorParam } from "@/lib/public/cursor";
import { feedPath, pageAlternates, SITE_NAME } from "@/lib/public/site";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ before?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const before = cursorParam((await searchParams).before);
  const data = await getFeedPage(slug, before);
  if (!data) return { title: "Feed not found", robots: { index: false } };
  const path = feedPath(data.feed.slug);
  return {
    title: data.feed.name,
    description: `The latest ${data.feed.name} stories.`,
    alternates: pageAlternates(before ? `${path}?before=${encodeURIComponent(before)}` : path, { base: path, title: data.feed.name }),
    openGraph: { type: "website", siteName: SITE_NAME, title: data.feed.name, url: path },
  };
}

export default async function FeedPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const before = cursorParam((await searchParams).before);
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

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimList } from "@/components/public/ClaimList";
import { Corrections } from "@/components/public/Corrections";
import { JsonLd } from "@/components/public/JsonLd";
import { NewSinceLastVisit } from "@/components/public/NewSinceLastVisit";
import { SourceList } from "@/components/public/SourceList";
import { StoryHeader } from "@/components/public/StoryHeader";
import { Timeline } from "@/components/public/Timeline";
import { UpdateLog } from "@/components/public/UpdateLog";
import { getStory } from "@/lib/public/cached-reads";
import { newsArticleJsonLd } from "@/lib/public/json-ld";
import { pageAlternates, SITE_NAME, storyPath } from "@/lib/public/site";
import { storyDescription } from "@/lib/public/story-description";

// ISR: no story is rendered at build time (the build has no database); each is rendered on its
// first request, cached as HTML, and re-rendered when publishing revalidates tags.story(slug)
// (the tag comes with the cached read) or after 5 minutes at the latest.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await getStory((await params).slug);
  if (!story) return { title: "Story not found", robots: { index: false } };
  const path = storyPath(story.slug);
  const description = storyDescription(story);
  return {
    title: story.title,
    description,
    alternates: pageAlternates(path),
    openGraph: {
      type: "article",
      siteName: SITE_NAME,
      url: path,
      title: story.title,
      description,
      publishedTime: story.publishedAt,
      modifiedTime: story.lastUpdatedAt,
      section: story.view.feeds[0]?.name,
    },
    twitter: { card: "summary", title: story.title, description },
  };
}

export default async function StoryPage({ params }: Props) {
  const story = await getStory((await params).slug);
  if (!story) notFound();
  const { view } = story;
  const sources = new Map(view.sources.map((s) => [s.n, s]));
  const now = new Date();
  return (
    <article className="story page">
      <StoryHeader title={story.title} articleCount={story.articleCount} lastUpdatedAt={story.lastUpdatedAt} feeds={view.feeds} now={now} />
      <Corrections updates={story.updates} />
      <ClaimList claims={view.claims} sources={sources} />
      <SourceList sources={view.sources} articleCount={story.articleCount} />
      <Timeline entries={view.timeline} sources={sources} />
      <UpdateLog updates={story.updates} />
      <NewSinceLastVisit slug={story.slug} />
      <JsonLd
        data={newsArticleJsonLd({
          slug: story.slug,
          title: story.title,
          publishedAt: story.publishedAt,
          lastUpdatedAt: story.lastUpdatedAt,
          description: storyDescription(story),
          view,
        })}
      />
    </article>
  );
}

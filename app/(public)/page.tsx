import type { Metadata } from "next";
import { StoryList } from "@/components/public/StoryList";
import { getLatestStories } from "@/lib/public/cached-reads";
import { cursorParam } from "@/lib/public/cursor";
import { pageAlternates, SITE_DESCRIPTION, SITE_NAME } from "@/lib/public/site";

// Top Headlines. Reading ?before= makes this render per request, but the data comes from the
// tagged cache, so a request costs a render, not a query.

type Props = { searchParams: Promise<{ before?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const before = cursorParam((await searchParams).before);
  return {
    title: { absolute: `Top Headlines · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    alternates: pageAlternates(before ? `/?before=${encodeURIComponent(before)}` : "/"),
    openGraph: { type: "website", siteName: SITE_NAME, title: "Top Headlines", description: SITE_DESCRIPTION, url: "/" },
  };
}

export default async function HomePage({ searchParams }: Props) {
  const before = cursorParam((await searchParams).before);
  const page = await getLatestStories(before);
  return (
    <div className="page">
      <h1 className="page-title">Top Headlines</h1>
      <StoryList page={page} basePath="/" isFirstPage={!before} empty="No stories have been published yet." />
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLatestStories } from "@/lib/public/cached-reads";
import { decodeCursor } from "@/lib/public/cursor";
import { olderPath, pageAlternates, SITE_DESCRIPTION, SITE_NAME } from "@/lib/public/site";
import { StoryList } from "./StoryList";

// Top Headlines, first page (`/`) or a later one (`/older/<cursor>`): both static pages, cached
// under the home tag and re-rendered when a publish expires it.

export function homeMetadata(before: string | null): Metadata {
  return {
    title: { absolute: `Top Headlines · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    alternates: pageAlternates(before ? olderPath("/", before) : "/"),
    openGraph: { type: "website", siteName: SITE_NAME, title: "Top Headlines", description: SITE_DESCRIPTION, url: "/" },
    ...(before ? { robots: { index: false, follow: true } } : {}),
  };
}

export async function HomeListing({ before }: { before: string | null }) {
  if (before !== null && !decodeCursor(before)) notFound();
  const page = await getLatestStories(before);
  return (
    <div className="page">
      <h1 className="page-title">Top Headlines</h1>
      <StoryList page={page} basePath="/" isFirstPage={!before} empty="No stories have been published yet." />
    </div>
  );
}

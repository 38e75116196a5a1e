import type { Metadata } from "next";
import { FeedListing, feedMetadata } from "@/components/public/FeedListing";

// Later pages of a feed, each rendered on its first request and then served from cache.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string; cursor: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; cursor: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, cursor } = await params;
  return feedMetadata(slug, cursor);
}

export default async function OlderFeedPage({ params }: Props) {
  const { slug, cursor } = await params;
  return <FeedListing slug={slug} before={cursor} />;
}

import type { Metadata } from "next";
import { FeedListing, feedMetadata } from "@/components/public/FeedListing";

// A feed's first page: rendered on its first request, cached, re-rendered when its tags expire.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return feedMetadata((await params).slug, null);
}

export default async function FeedPage({ params }: Props) {
  return <FeedListing slug={(await params).slug} before={null} />;
}

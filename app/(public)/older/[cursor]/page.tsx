import type { Metadata } from "next";
import { HomeListing, homeMetadata } from "@/components/public/HomeListing";

// Later pages of Top Headlines, each rendered on its first request and then served from cache.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { cursor: string }[] {
  return [];
}

type Props = { params: Promise<{ cursor: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata((await params).cursor);
}

export default async function OlderHeadlinesPage({ params }: Props) {
  return <HomeListing before={(await params).cursor} />;
}

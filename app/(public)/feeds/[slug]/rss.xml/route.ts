import { feedResponse } from "@/lib/public/build-feed";
import { topicFeed } from "@/lib/public/feed-documents";

// Lives inside the (public) group next to the feed page: a route group does not change URLs, and
// keeping both under one folder tree avoids two parallel "feeds/[slug]" trees.
// ISR like story pages: generated on first request, cached, revalidated by tags.feed(slug).
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const feed = await topicFeed((await params).slug, "rss");
  if (!feed) return new Response("Feed not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return feedResponse(feed, "rss");
}

import { feedResponse } from "@/lib/public/build-feed";
import { homeFeed } from "@/lib/public/feed-documents";

// See app/rss.xml/route.ts.
export const dynamic = "force-dynamic";

export async function GET() {
  return feedResponse(await homeFeed("atom"), "atom");
}

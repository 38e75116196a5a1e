import { feedResponse } from "@/lib/public/build-feed";
import { homeFeed } from "@/lib/public/feed-documents";

// Rendered per request because the build has no database; the stories come from the tagged
// cache (tags.home), so a request costs no query.
export const dynamic = "force-dynamic";

export async function GET() {
  return feedResponse(await homeFeed("rss"), "rss");
}

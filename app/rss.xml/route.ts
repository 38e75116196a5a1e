import { feedResponse } from "@/lib/public/build-feed";
import { homeFeed } from "@/lib/public/feed-documents";

// Static, cached under the tags of the lists it shows; re-rendered when a publish expires them.
export const revalidate = 300;

export async function GET() {
  return feedResponse(await homeFeed("rss"), "rss");
}

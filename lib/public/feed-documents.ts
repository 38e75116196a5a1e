import { renderFeed, type FeedKind } from "./build-feed";
import { getFeedPage, getLatestStories } from "./cached-reads";
import { feedPath, SITE_DESCRIPTION, SITE_NAME } from "./site";

// The feed documents behind /rss.xml, /atom.xml and /feeds/<slug>/{rss,atom}.xml: the first page
// of the same cached lists the HTML pages show, so feeds and pages can never disagree.

export async function homeFeed(kind: FeedKind): Promise<string> {
  const page = await getLatestStories(null);
  return renderFeed({ title: `${SITE_NAME}: Top Headlines`, description: SITE_DESCRIPTION, pagePath: "/", feedBase: "", stories: page.items }, kind);
}

export async function topicFeed(slug: string, kind: FeedKind): Promise<string | null> {
  const data = await getFeedPage(slug, null);
  if (!data) return null;
  const path = feedPath(data.feed.slug);
  return renderFeed(
    {
      title: `${SITE_NAME}: ${data.feed.name}`,
      description: `The latest ${data.feed.name} stories from ${SITE_NAME}.`,
      pagePath: path,
      feedBase: path,
      stories: data.stories.items,
    },
    kind,
  );
}

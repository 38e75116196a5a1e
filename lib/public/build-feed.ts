import { Feed } from "feed";
import { articlesLabel } from "./format-date";
import { absoluteUrl, SITE_NAME, storyPath } from "./site";
import type { StoryCardData } from "./types";

// RSS 2.0 and Atom for the home page and each feed. Items carry only our plain text (title, first
// claim headline). The `feed` package wraps it in CDATA and declares Atom text as type="html", so
// feed readers parse it as HTML: the text is HTML-escaped first, so a "<" in a title is shown,
// never run.

export interface FeedSpec {
  title: string;
  description: string;
  /** Path of the HTML page the feed mirrors, e.g. "/" or "/feeds/world". */
  pagePath: string;
  /** Path prefix of the feed documents: `${base}/rss.xml` and `${base}/atom.xml`. */
  feedBase: string;
  stories: StoryCardData[];
}

export type FeedKind = "rss" | "atom";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function renderFeed(spec: FeedSpec, kind: FeedKind): string {
  const feed = buildFeed(spec, kind);
  return kind === "rss" ? feed.rss2() : feed.atom1();
}

function buildFeed(spec: FeedSpec, kind: FeedKind): Feed {
  const link = absoluteUrl(spec.pagePath);
  const base = spec.feedBase.replace(/\/+$/, "");
  const updated = spec.stories[0] ? new Date(spec.stories[0].lastUpdatedAt) : new Date(0);
  // Atom's feed-level <title> and <subtitle> carry no type, so they are plain text (the package
  // XML-escapes them): HTML-escaping as well would show a feed named "A & B" as "A &amp; B".
  // RSS readers disagree on whether channel text is HTML, so RSS keeps the safe, escaped form.
  const channelText = kind === "rss" ? escapeHtml : (s: string) => s;
  const feed = new Feed({
    id: link,
    title: channelText(spec.title),
    description: channelText(spec.description),
    link,
    language: "en",
    updated,
    generator: false,
    copyright: `© ${SITE_NAME}`,
    feedLinks: { rss: absoluteUrl(`${base}/rss.xml`), atom: absoluteUrl(`${base}/atom.xml`) },
  });
  for (const s of spec.stories) {
    const url = absoluteUrl(storyPath(s.slug));
    const summary = [s.firstHeadline, `Updated (${articlesLabel(s.articleCount)})`].filter(Boolean).join(" — ");
    feed.addItem({
      title: escapeHtml(s.title),
      id: url,
      guid: url,
      link: url,
      // RSS has one date and the package fills it from `published` when given: for a living story
      // the last update is what subscribers need, so RSS gets only that; Atom gets both.
      date: new Date(s.lastUpdatedAt),
      ...(kind === "atom" ? { published: new Date(s.publishedAt) } : {}),
      description: escapeHtml(summary),
    });
  }
  return feed;
}

export function feedResponse(body: string, kind: FeedKind): Response {
  return new Response(body, {
    headers: {
      "Content-Type": kind === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8",
    },
  });
}

import { config } from "@/lib/config";

// Absolute URLs are needed wherever a page leaves the browser's context: canonical links, Open
// Graph, JSON-LD, RSS/Atom and the sitemap. SITE_URL is the one source of the origin.

export const SITE_NAME = "Newsroom";
export const SITE_DESCRIPTION = "Top headlines, each story told from many outlets' reporting with every claim cited.";

export function siteUrl(): string {
  return config().SITE_URL.replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

export const storyPath = (slug: string) => `/stories/${encodeURIComponent(slug)}`;
export const feedPath = (slug: string) => `/feeds/${encodeURIComponent(slug)}`;
/** The page of a listing after `cursor`: a path, not a query, so every page is a cacheable static page. */
export const olderPath = (basePath: string, cursor: string) => `${basePath === "/" ? "" : basePath}/older/${encodeURIComponent(cursor)}`;

/** `alternates` for a page: canonical URL plus the feed documents readers can subscribe to. */
export function pageAlternates(canonical: string, feed: { base: string; title: string } = { base: "", title: "Top Headlines" }) {
  return {
    canonical,
    types: {
      "application/rss+xml": [{ url: `${feed.base}/rss.xml`, title: `${SITE_NAME}: ${feed.title} (RSS)` }],
      "application/atom+xml": [{ url: `${feed.base}/atom.xml`, title: `${SITE_NAME}: ${feed.title} (Atom)` }],
    },
  };
}

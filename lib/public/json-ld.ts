import { isSafeHref } from "@/lib/richtext/schema";
import type { PublicStoryView } from "@/lib/stories/public-view";
import { absoluteUrl, SITE_NAME, storyPath } from "./site";

// schema.org NewsArticle for search engines. The JSON ends up inside a <script> element, where
// the HTML parser ends the element at the first "</script" whatever JSON thinks — so every "<",
// ">" and "&" is written as a \u escape, which JSON parsers read back as the same character.

export interface JsonLdStory {
  slug: string;
  title: string;
  publishedAt: string;
  lastUpdatedAt: string;
  description: string | null;
  view: Pick<PublicStoryView, "sources" | "feeds">;
}

/** A source URL crawlers may follow: the same allow-list the page's links use, web addresses only. */
const webUrl = (u: string | null) => (u && isSafeHref(u) && /^https?:/i.test(u.trim()) ? u : null);

export function newsArticleJsonLd(s: JsonLdStory): Record<string, unknown> {
  const url = absoluteUrl(storyPath(s.slug));
  // The stored URL passed the schema when it was saved, but the JSON-LD is read by crawlers that
  // follow it: check it again here, as SourceList does for its links (tests/e2e/security/xss).
  const citation = s.view.sources
    .map((src) => ({ ...src, url: webUrl(src.url) }))
    .filter((src) => src.url || src.title)
    .map((src) => ({
      "@type": "CreativeWork",
      ...(src.title ? { name: src.title } : {}),
      ...(src.url ? { url: src.url } : {}),
      ...(src.outlet ? { publisher: { "@type": "Organization", name: src.outlet } } : {}),
      ...(src.publishedAt ? { datePublished: src.publishedAt } : {}),
    }));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: s.title.slice(0, 110),
    ...(s.description ? { description: s.description } : {}),
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: s.publishedAt,
    dateModified: s.lastUpdatedAt,
    publisher: { "@type": "Organization", name: SITE_NAME },
    ...(s.view.feeds.length ? { articleSection: s.view.feeds.map((f) => f.name) } : {}),
    citation,
  };
}

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

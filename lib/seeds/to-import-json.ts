import type { ParsedStory } from "./types";

/** The importer's JSON view of a story: fixed key order, no line numbers or segments. */
export function toImportJson(story: ParsedStory): object {
  return {
    file: story.file,
    feed: story.feed,
    title: story.title,
    articleCount: story.articleCount,
    claims: story.claims.map((c) => ({ headline: c.headline, body: c.body, citations: c.citations })),
    sources: story.sources.map((s) => ({
      number: s.number,
      outlet: s.outlet,
      title: s.title,
      url: s.url,
      publishedAt: s.publishedAt,
      incomplete: s.incomplete,
    })),
    timeline: story.timeline.map((t) => ({ date: t.date, precision: t.precision, text: t.text, citations: t.citations })),
    warnings: story.warnings,
  };
}

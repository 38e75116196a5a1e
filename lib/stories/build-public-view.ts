import type { LoadedStory } from "./load-story";
import { isIncomplete } from "./load-story";
import { toPublicParagraphs, type PublicStoryView } from "./public-view";

/** Working copy → what readers see. Pure; run at publish time, never per request. */
export function buildPublicView(story: LoadedStory, feeds: { slug: string; name: string }[]): PublicStoryView {
  const doc = story.document;
  const numberOf = new Map(doc.sources.map((s, i) => [s.key, i + 1]));
  return {
    title: doc.title,
    slug: story.slug,
    articleCount: doc.sources.length,
    feeds,
    claims: doc.claims.map((c) => ({ id: c.id!, headline: c.headline, body: toPublicParagraphs(c.body, numberOf) })),
    sources: doc.sources.map((s, i) => ({
      n: i + 1,
      outlet: s.outlet,
      title: s.title,
      url: s.url,
      publishedAt: s.publishedAt,
      incomplete: isIncomplete(s),
    })),
    timeline: doc.timeline.map((t) => ({
      id: t.id!,
      date: t.date,
      precision: t.precision.toLowerCase() as "day" | "month" | "year",
      body: toPublicParagraphs(t.body, numberOf),
    })),
  };
}

export function searchTextOf(view: PublicStoryView): string {
  const para = (ps: PublicStoryView["claims"][number]["body"]) => ps.map((p) => p.map((n) => (n.t === "text" ? n.text : " ")).join("")).join(" ");
  return [view.title, ...view.claims.map((c) => `${c.headline}. ${para(c.body)}`), ...view.timeline.map((t) => para(t.body))]
    .join("\n")
    .replace(/\u2011/g, "-");
}

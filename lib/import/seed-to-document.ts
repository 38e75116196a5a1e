import type { ParsedStory, Segment } from "@/lib/seeds/types";
import type { RichDoc, RichInline } from "@/lib/richtext/schema";
import type { LoadedStory } from "@/lib/stories/load-story";
import type { StoryDocument } from "@/lib/stories/schema";

function toDoc(segments: Segment[], keyOf: (n: number) => string): RichDoc {
  const content: RichInline[] = [];
  for (const s of segments) {
    if (s.type === "cite") content.push({ type: "citation", attrs: { sourceId: keyOf(s.n) } });
    else if (s.text) content.push({ type: "text", text: s.text });
  }
  return { type: "doc", content: [{ type: "paragraph", content }] };
}

export const byDate = <T extends { date: string }>(list: T[]): T[] =>
  list
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.date.localeCompare(b.t.date) || a.i - b.i)
    .map((x) => x.t);

const PRECISION = { day: "DAY", month: "MONTH", year: "YEAR" } as const;

/**
 * A parsed seed as an editor document. When the story exists, its placeholder sources, claims
 * and entries are matched by position so that re-importing the same text changes nothing.
 */
export function seedToDocument(p: ParsedStory, feedSlug: string, existing: LoadedStory | null, slug: string): StoryDocument {
  const old = existing?.document;
  const keyOf = (n: number) => {
    const prev = old?.sources[n - 1];
    return prev && !prev.url ? prev.key : `seed-${n}`;
  };
  return {
    title: p.title,
    slug: existing ? undefined : slug,
    feedSlugs: [...new Set([feedSlug, ...(old?.feedSlugs ?? [])])],
    sources: p.sources.map((s) => ({
      key: keyOf(s.number),
      url: s.url,
      outlet: s.outlet,
      title: s.title,
      author: null,
      publishedAt: s.publishedAt,
    })),
    claims: p.claims.map((c, i) => ({ id: old?.claims[i]?.id, headline: c.headline, body: toDoc(c.segments, keyOf) })),
    // In date order (stable), as saveStory stores it, so that entry i meets stored entry i.
    timeline: byDate(p.timeline).map((t, i) => ({ id: old?.timeline[i]?.id, date: t.date, precision: PRECISION[t.precision], body: toDoc(t.segments, keyOf) })),
  };
}

/** The document without ids: citations as source numbers, for "did anything change?". */
export function canonical(doc: StoryDocument): string {
  const num = new Map(doc.sources.map((s, i) => [s.key, i + 1]));
  const body = (b: RichDoc) => b.content.map((p) => p.content.map((n) => (n.type === "citation" ? `[${num.get(n.attrs.sourceId)}]` : n.type === "text" ? n.text : "\n")).join(""));
  return JSON.stringify({
    title: doc.title,
    feeds: [...doc.feedSlugs].sort(),
    sources: doc.sources.map((s) => [s.url, s.outlet, s.title, s.publishedAt]),
    claims: doc.claims.map((c) => [c.headline, body(c.body)]),
    timeline: doc.timeline.map((t) => [t.date, t.precision, body(t.body)]),
  });
}

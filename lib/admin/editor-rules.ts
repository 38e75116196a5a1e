import { publishProblems } from "@/lib/stories/check-publishable";
import type { LoadedStory } from "@/lib/stories/load-story";
import type { StoryDocument } from "@/lib/stories/schema";
import { documentFromDraft, sortTimeline, type Body, type Draft, type DraftSource } from "./editor-document";

// Rules the editor applies while the writer types: the same publish rules the server enforces
// (lib/stories/check-publishable.ts, imported, not copied), which items cite a source, and how a
// successful save is folded back into state that may have changed while the request was out.

/** Exactly what Publish would refuse, computed from the unsaved draft. */
export function livePublishProblems(d: Draft): string[] {
  return publishProblems({ document: documentFromDraft(d) } as unknown as LoadedStory);
}

export function citedKeys(body: Body): string[] {
  const keys: string[] = [];
  for (const p of body.content ?? [])
    for (const n of p.content ?? []) {
      const key = n.type === "citation" ? String((n.attrs as { sourceId?: unknown } | undefined)?.sourceId ?? "") : "";
      if (key && !keys.includes(key)) keys.push(key);
    }
  return keys;
}

export const claimLabel = (i: number, headline: string) => `Claim ${i + 1}${headline.trim() ? ` ("${headline.trim()}")` : ""}`;
export const entryLabel = (i: number, date: string) => `Timeline entry ${i + 1}${date ? ` (${date})` : ""}`;

/** Every claim and timeline entry that cites the source, named as the editor shows them. */
export function citingItems(d: Draft, key: string): string[] {
  return [
    ...d.claims.flatMap((c, i) => (citedKeys(c.body).includes(key) ? [claimLabel(i, c.headline)] : [])),
    ...d.timeline.flatMap((t, i) => (citedKeys(t.body).includes(key) ? [entryLabel(i, t.date)] : [])),
  ];
}

/** "outlet", "headline", "URL" — the fields a source still needs before it can be published. */
export function missingSourceFields(s: Pick<DraftSource, "url" | "outlet" | "title">): string[] {
  return [!s.outlet.trim() && "outlet", !s.title.trim() && "headline", !s.url.trim() && "URL"].filter((x): x is string => !!x);
}

export function describeSource(s: Pick<DraftSource, "outlet" | "title" | "url">): string {
  return [s.outlet.trim(), s.title.trim()].filter(Boolean).join(": ") || s.url.trim() || "Source details missing";
}

const sameSource = (a: DraftSource, b: DraftSource) =>
  a.url === b.url && a.outlet === b.outlet && a.title === b.title && a.author === b.author && a.publishedAt === b.publishedAt;

/**
 * Folds a successful save into the current draft. `sent` is the draft as it was sent; `current`
 * may have changed since (the writer kept typing), and nothing of that is overwritten: new
 * sources learn their server id, new claims and entries their ids, and a source the writer did
 * not touch meanwhile takes the stored details (the server may have merged a known article).
 */
export function applySaved(current: Draft, sent: Draft, saved: StoryDocument & { slug?: string }): Draft {
  const sentAt = new Map(sent.sources.map((s, i) => [s.key, { s, i }]));
  const sources = current.sources.map((s) => {
    const hit = sentAt.get(s.key);
    const stored = hit ? saved.sources[hit.i] : undefined;
    if (!hit || !stored) return s;
    if (!sameSource(s, hit.s)) return { ...s, serverKey: stored.key };
    return {
      ...s,
      serverKey: stored.key,
      url: stored.url ?? "",
      outlet: stored.outlet ?? "",
      title: stored.title ?? "",
      author: stored.author ?? "",
      publishedAt: stored.publishedAt ?? "",
    };
  });
  const claimIds = new Map(sent.claims.map((c, i) => [c.uid, saved.claims[i]?.id]));
  // The server stores the timeline in date order; sorting what was sent the same way pairs them.
  const entryIds = new Map(sortTimeline(sent.timeline).map((t, i) => [t.uid, saved.timeline[i]?.id]));
  return {
    ...current,
    slug: current.slug === sent.slug && saved.slug ? saved.slug : current.slug,
    sources,
    claims: current.claims.map((c) => ({ ...c, id: claimIds.get(c.uid) ?? c.id })),
    timeline: current.timeline.map((t) => ({ ...t, id: entryIds.get(t.uid) ?? t.id })),
  };
}

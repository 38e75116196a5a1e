import { diffWords } from "diff";
import type { StoryDocument } from "@/lib/stories/schema";
import { stableJson } from "@/lib/util/stable-json";

// A readable difference between two story documents (revision snapshots, or the version an
// editor loaded and the one that beat their save). Word-level text changes come from the `diff`
// package; claims and timeline entries are paired by id (then by headline or date), sources by
// their Source id, which is stable across revisions because articles are de-duplicated by URL.
// Pure: runs on the server for the history page and in tests.

export interface TextPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface SourceLine {
  key: string;
  label: string;
  url: string | null;
}

export interface ItemChange {
  change: "added" | "removed" | "changed";
  /** What the item is called in the newer document (or the older one when removed). */
  label: string;
  /** Headline (claims) or date (timeline), word-diffed. */
  heading: TextPart[];
  /** Text with citations written as [n], word-diffed. */
  text: TextPart[];
}

export interface DocumentDiff {
  unchanged: boolean;
  title: TextPart[] | null;
  slug: { from: string | null; to: string | null } | null;
  feeds: { added: string[]; removed: string[] };
  sources: { added: SourceLine[]; removed: SourceLine[]; changed: { from: SourceLine; to: SourceLine }[]; reordered: boolean };
  claims: ItemChange[];
  timeline: ItemChange[];
}

type Doc = Pick<StoryDocument, "title" | "feedSlugs" | "sources" | "claims" | "timeline"> & { slug?: string | null };
type Body = StoryDocument["claims"][number]["body"];

/** Plain text of a body with citations numbered the way that document numbers them. */
export function bodyText(body: Body, numberOf: Map<string, number>): string {
  return body.content
    .map((p) =>
      p.content
        .map((n) => (n.type === "text" ? n.text : n.type === "hardBreak" ? "\n" : `[${numberOf.get(n.attrs.sourceId) ?? "?"}]`))
        .join(""),
    )
    .join("\n");
}

export function wordDiff(before: string, after: string): TextPart[] {
  return diffWords(before, after).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) }));
}

const changedParts = (parts: TextPart[]) => parts.some((p) => p.added || p.removed);

function sourceLine(s: StoryDocument["sources"][number]): SourceLine {
  const label = [s.outlet, s.title].filter(Boolean).join(": ") || s.url || "Source details missing";
  return { key: s.key, label, url: s.url };
}

const sameSource = (a: SourceLine, b: SourceLine) => a.label === b.label && a.url === b.url;

/** Pairs items by id, then unpaired ones by a fallback key (a restored item gets a new id). */
function pair<T extends { id?: string; body: unknown }>(before: T[], after: T[], fallback: (t: T) => string): { from: T | null; to: T | null }[] {
  const out: { from: T | null; to: T | null }[] = [];
  const left = new Set(before.map((_, i) => i));
  const byId = new Map(before.flatMap((t, i) => (t.id ? [[t.id, i] as const] : [])));
  const unmatched: T[] = [];
  for (const t of after) {
    const i = t.id ? byId.get(t.id) : undefined;
    if (i !== undefined && left.has(i)) {
      left.delete(i);
      out.push({ from: before[i], to: t });
    } else unmatched.push(t);
  }
  const still: T[] = [];
  for (const t of unmatched) {
    const i = [...left].find((j) => fallback(before[j]) === fallback(t));
    if (i !== undefined) {
      left.delete(i);
      out.push({ from: before[i], to: t });
    } else still.push(t);
  }
  // Then by identical text (a restored claim whose headline was edited meanwhile).
  for (const t of still) {
    const i = [...left].find((j) => stableJson(before[j].body) === stableJson(t.body));
    if (i !== undefined) {
      left.delete(i);
      out.push({ from: before[i], to: t });
    } else out.push({ from: null, to: t });
  }
  for (const i of left) out.push({ from: before[i], to: null });
  return out;
}

function itemChanges<T extends { id?: string; body: Body }>(
  before: T[],
  after: T[],
  numbers: { from: Map<string, number>; to: Map<string, number> },
  heading: (t: T) => string,
  label: (t: T, i: number) => string,
): ItemChange[] {
  const changes: ItemChange[] = [];
  const position = new Map(after.map((t, i) => [t, i]));
  for (const { from, to } of pair(before, after, heading)) {
    if (from && to) {
      const h = wordDiff(heading(from), heading(to));
      const text = wordDiff(bodyText(from.body, numbers.from), bodyText(to.body, numbers.to));
      if (changedParts(h) || changedParts(text)) changes.push({ change: "changed", label: label(to, position.get(to)!), heading: h, text });
    } else if (to) {
      changes.push({ change: "added", label: label(to, position.get(to)!), heading: [{ value: heading(to), added: true }], text: [{ value: bodyText(to.body, numbers.to), added: true }] });
    } else if (from) {
      changes.push({ change: "removed", label: label(from, before.indexOf(from)), heading: [{ value: heading(from), removed: true }], text: [{ value: bodyText(from.body, numbers.from), removed: true }] });
    }
  }
  return changes;
}

export function diffDocuments(before: Doc, after: Doc): DocumentDiff {
  const numbers = {
    from: new Map(before.sources.map((s, i) => [s.key, i + 1])),
    to: new Map(after.sources.map((s, i) => [s.key, i + 1])),
  };
  const title = before.title === after.title ? null : wordDiff(before.title, after.title);
  const slug = (before.slug ?? null) === (after.slug ?? null) ? null : { from: before.slug ?? null, to: after.slug ?? null };
  const feeds = { added: after.feedSlugs.filter((f) => !before.feedSlugs.includes(f)), removed: before.feedSlugs.filter((f) => !after.feedSlugs.includes(f)) };

  const oldSources = new Map(before.sources.map((s) => [s.key, sourceLine(s)]));
  const newSources = new Map(after.sources.map((s) => [s.key, sourceLine(s)]));
  const sources = {
    added: [...newSources.values()].filter((s) => !oldSources.has(s.key)),
    removed: [...oldSources.values()].filter((s) => !newSources.has(s.key)),
    changed: [...newSources.values()].flatMap((to) => {
      const from = oldSources.get(to.key);
      return from && !sameSource(from, to) ? [{ from, to }] : [];
    }),
    reordered: false,
  };
  const keptOld = before.sources.map((s) => s.key).filter((k) => newSources.has(k));
  const keptNew = after.sources.map((s) => s.key).filter((k) => oldSources.has(k));
  sources.reordered = keptOld.join() !== keptNew.join();

  const claims = itemChanges(before.claims, after.claims, numbers, (c) => c.headline, (c, i) => `Claim ${i + 1}`);
  const timeline = itemChanges(before.timeline, after.timeline, numbers, (t) => t.date, (t, i) => `Timeline entry ${i + 1}`);
  const unchanged =
    !title && !slug && !feeds.added.length && !feeds.removed.length && !sources.added.length && !sources.removed.length && !sources.changed.length && !sources.reordered && !claims.length && !timeline.length;
  return { unchanged, title, slug, feeds, sources, claims, timeline };
}

const quote = (parts: TextPart[]) => `“${parts.filter((p) => !p.removed).map((p) => p.value).join("") || parts.map((p) => p.value).join("")}”`;

/** One line per change, for a conflict banner: "Claim 2 “Markets fall” edited". */
export function summarizeDiff(d: DocumentDiff, max = 8): string[] {
  const lines: string[] = [];
  if (d.title) lines.push(`Title changed to ${quote(d.title)}`);
  if (d.slug) lines.push(`Address changed to ${d.slug.to ?? "(automatic)"}`);
  for (const f of d.feeds.added) lines.push(`Added to feed ${f}`);
  for (const f of d.feeds.removed) lines.push(`Removed from feed ${f}`);
  for (const s of d.sources.added) lines.push(`Source added: ${s.label}`);
  for (const s of d.sources.removed) lines.push(`Source removed: ${s.label}`);
  for (const s of d.sources.changed) lines.push(`Source details changed: ${s.to.label}`);
  if (d.sources.reordered) lines.push("Sources reordered (citation numbers changed)");
  for (const c of [...d.claims, ...d.timeline]) lines.push(`${c.label} ${quote(c.heading)} ${c.change === "changed" ? "edited" : c.change}`);
  if (lines.length > max) return [...lines.slice(0, max - 1), `…and ${lines.length - max + 1} more changes`];
  return lines;
}

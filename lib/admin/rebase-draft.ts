import { stableJson } from "@/lib/util/stable-json";
import { citedKeys } from "./editor-rules";
import type { Body, Draft, DraftClaim, DraftEntry, DraftSource } from "./editor-document";

// "Reapply my changes" after a conflict: a three-way merge at the level of whole items. `base` is
// the version this editor loaded, `theirs` the newer stored version, `mine` what is on screen.
// Whatever I did not change takes their version; whatever they did not change keeps mine; an item
// both of us changed keeps mine and is named in `overwritten`, so the writer is told exactly what
// of theirs was replaced. Items are matched by stored id (claims, timeline entries) and Source id
// (sources). Pure: runs in the browser and in unit tests.

export interface Rebased {
  draft: Draft;
  /** Items both sides changed, where mine replaced theirs ("Claim 2 “Port closed”"). */
  overwritten: string[];
}

/** Source keys in `mine` are client keys; stored ones are Source ids. Use Source ids throughout. */
function canonical(mine: Draft): Draft {
  const map = new Map(mine.sources.filter((s) => s.serverKey && s.serverKey !== s.key).map((s) => [s.key, s.serverKey!]));
  if (!map.size) return mine;
  const body = (b: Body): Body => ({
    ...b,
    content: b.content?.map((p) => ({
      ...p,
      content: p.content?.map((n) => {
        const key = n.type === "citation" ? String((n.attrs as { sourceId?: unknown } | undefined)?.sourceId ?? "") : "";
        return key && map.has(key) ? { ...n, attrs: { ...(n.attrs as object), sourceId: map.get(key) } } : n;
      }),
    })),
  });
  return {
    ...mine,
    sources: mine.sources.map((s) => (map.has(s.key) ? { ...s, key: s.serverKey! } : s)),
    claims: mine.claims.map((c) => ({ ...c, body: body(c.body) })),
    timeline: mine.timeline.map((t) => ({ ...t, body: body(t.body) })),
  };
}

/** Empty paragraphs come back from tiptap without `content`; compare what is stored. */
const bodyKey = (b: Body) => stableJson((b.content ?? []).map((p) => (p.content ?? []).map((n) => n)));
const claimKey = (c: DraftClaim) => stableJson([c.headline.trim(), bodyKey(c.body)]);
const entryKey = (t: DraftEntry) => stableJson([t.date, t.precision, bodyKey(t.body)]);
const sourceKey = (s: DraftSource) => stableJson([s.url.trim(), s.outlet.trim(), s.title.trim(), s.author.trim(), s.publishedAt]);

function mergeList<T>(
  base: T[],
  mine: T[],
  theirs: T[],
  id: (t: T) => string | null | undefined,
  same: (a: T, b: T) => boolean,
  name: (t: T) => string,
  overwritten: string[],
): T[] {
  const byId = (list: T[]) => new Map(list.flatMap((t) => (id(t) ? [[id(t)!, t] as const] : [])));
  const b = byId(base);
  const m = byId(mine);
  const out: T[] = [];
  theirs.forEach((t) => {
    const key = id(t);
    const was = key ? b.get(key) : undefined;
    const mineNow = key ? m.get(key) : undefined;
    if (!was) return void out.push(t); // they added it
    if (!mineNow) {
      // I removed it: gone, unless they changed it meanwhile (then theirs stays, and I am told).
      if (!same(was, t)) {
        out.push(t);
        overwritten.push(`${name(t)} (you removed it, they edited it: kept)`);
      }
      return;
    }
    if (same(mineNow, was)) return void out.push(t);
    if (!same(t, was)) overwritten.push(name(mineNow));
    out.push(mineNow);
  });
  // Items they removed: back only if I changed them.
  for (const [key, was] of b) {
    if (theirs.some((t) => id(t) === key)) continue;
    const mineNow = m.get(key);
    if (mineNow && !same(mineNow, was)) {
      out.push(mineNow);
      overwritten.push(`${name(mineNow)} (they removed it, you edited it: kept)`);
    }
  }
  // My new items, placed after the item that precedes them on my screen.
  mine.forEach((t, i) => {
    const key = id(t);
    if (key && b.has(key)) return;
    if (out.includes(t)) return;
    const prev = mine[i - 1];
    const before = i > 0 ? out.findIndex((o) => o === prev || (!!id(prev) && id(o) === id(prev))) : -1;
    const at = i === 0 ? 0 : before >= 0 ? before + 1 : out.length;
    out.splice(at, 0, t);
  });
  return out;
}

export function rebaseDraft(base: Draft, mineRaw: Draft, theirs: Draft): Rebased {
  const mine = canonical(mineRaw);
  const overwritten: string[] = [];
  const scalar = <K extends "title" | "slug">(k: K, label: string) => {
    if (mine[k] === base[k]) return theirs[k];
    if (theirs[k] !== base[k] && theirs[k] !== mine[k]) overwritten.push(label);
    return mine[k];
  };
  const title = scalar("title", "Title");
  const slug = scalar("slug", "Slug");
  const sameFeeds = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
  let feedSlugs = theirs.feedSlugs;
  if (!sameFeeds(mine.feedSlugs, base.feedSlugs)) {
    if (!sameFeeds(theirs.feedSlugs, base.feedSlugs) && !sameFeeds(theirs.feedSlugs, mine.feedSlugs)) overwritten.push("Feeds");
    feedSlugs = mine.feedSlugs;
  }
  const sources = mergeList(
    base.sources,
    mine.sources,
    theirs.sources,
    (s) => s.serverKey,
    (a, b) => sourceKey(a) === sourceKey(b),
    (s) => `Source “${s.outlet || s.title || s.url || "no details"}”`,
    overwritten,
  );
  const claims = mergeList(base.claims, mine.claims, theirs.claims, (c) => c.id, (a, b) => claimKey(a) === claimKey(b), (c) => `Claim “${c.headline}”`, overwritten);
  const timeline = mergeList(base.timeline, mine.timeline, theirs.timeline, (t) => t.id, (a, b) => entryKey(a) === entryKey(b), (t) => `Timeline entry of ${t.date}`, overwritten);
  // A kept item of mine may cite a source they removed: keep that source too (never dangling).
  const cited = new Set([...claims, ...timeline].flatMap((x) => citedKeys(x.body)));
  for (const key of cited) {
    const mineSource = mine.sources.find((s) => s.key === key);
    if (mineSource && !sources.some((s) => s.key === key)) sources.push(mineSource);
  }
  return { draft: { title, slug, feedSlugs, sources, claims, timeline }, overwritten };
}

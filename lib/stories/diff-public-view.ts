import { stableJson } from "@/lib/util/stable-json";
import type { PublicStoryView } from "./public-view";

export interface ViewChange {
  changed: boolean;
  articlesAdded: number;
  sectionsAdded: string[];
  sectionsChanged: string[];
}

const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);

/** What a publish changes for readers: the public update log entry. */
export function diffPublicView(before: PublicStoryView | null, after: PublicStoryView): ViewChange {
  if (!before) return { changed: true, articlesAdded: after.articleCount, sectionsAdded: after.claims.map((c) => c.headline), sectionsChanged: [] };
  const key = (s: PublicStoryView["sources"][number]) => s.url ?? `#${s.n}`;
  const oldSources = new Set(before.sources.map(key));
  const articlesAdded = after.sources.filter((s) => !oldSources.has(key(s))).length;
  const oldClaims = new Map(before.claims.map((c) => [c.id, c]));
  const sectionsAdded: string[] = [];
  const sectionsChanged: string[] = [];
  for (const c of after.claims) {
    const old = oldClaims.get(c.id);
    if (!old) sectionsAdded.push(c.headline);
    else if (!same(old, c)) sectionsChanged.push(c.headline);
  }
  const oldEntries = new Set(before.timeline.map((t) => t.id));
  const newEntries = after.timeline.filter((t) => !oldEntries.has(t.id)).length;
  if (newEntries) sectionsAdded.push(`Timeline: ${newEntries} new ${newEntries === 1 ? "entry" : "entries"}`);
  else if (!same(before.timeline, after.timeline)) sectionsChanged.push("Timeline");
  if (before.title !== after.title) sectionsChanged.unshift("Title");
  const removed = before.claims.filter((c) => !after.claims.some((n) => n.id === c.id)).length;
  if (removed) sectionsChanged.push(`${removed} ${removed === 1 ? "section" : "sections"} removed`);
  return { changed: !same(before, after), articlesAdded, sectionsAdded, sectionsChanged };
}

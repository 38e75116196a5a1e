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
  // Articles are told apart by URL. A placeholder (imported "N articles" with none listed) that
  // gets its URL is the same article completed, not a new one.
  const oldUrls = new Set(before.sources.flatMap((s) => (s.url ? [s.url] : [])));
  const newlyLinked = after.sources.filter((s) => s.url && !oldUrls.has(s.url)).length;
  const placeholders = (v: PublicStoryView) => v.sources.filter((s) => !s.url).length;
  const completed = Math.max(0, Math.min(newlyLinked, placeholders(before) - placeholders(after)));
  const articlesAdded = Math.max(0, after.articleCount - before.articleCount, newlyLinked - completed);
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
  if (completed) sectionsChanged.push(`Details of ${completed} ${completed === 1 ? "source" : "sources"} completed`);
  else if (!articlesAdded && !same(before.sources, after.sources)) sectionsChanged.push("Sources");
  const removed = before.claims.filter((c) => !after.claims.some((n) => n.id === c.id)).length;
  if (removed) sectionsChanged.push(`${removed} ${removed === 1 ? "section" : "sections"} removed`);
  return { changed: !same(before, after), articlesAdded, sectionsAdded, sectionsChanged };
}

import { describe, expect, it } from "vitest";
import { draftFromDocument, type Draft } from "@/lib/admin/editor-document";
import { rebaseDraft } from "@/lib/admin/rebase-draft";
import { diffDocuments, summarizeDiff } from "@/lib/revisions/diff-documents";
import type { StoryDocument } from "@/lib/stories/schema";

const para = (text: string, cite?: string) => ({
  type: "doc" as const,
  content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }, ...(cite ? [{ type: "citation" as const, attrs: { sourceId: cite } }] : [])] }],
});
const src = (key: string) => ({ key, url: `https://example.com/${key}`, outlet: `Outlet ${key}`, title: `Title ${key}`, author: null, publishedAt: null });

const base: StoryDocument = {
  title: "Storm",
  slug: "storm",
  feedSlugs: ["world"],
  sources: [src("A"), src("B")],
  claims: [
    { id: "c1", headline: "Rain", body: para("It rained.", "A") },
    { id: "c2", headline: "Wind", body: para("It was windy.", "B") },
  ],
  timeline: [{ id: "t1", date: "2026-01-01", precision: "DAY", body: para("Began.") }],
};
const edit = (d: Draft, fn: (d: Draft) => void) => {
  const copy = structuredClone(d);
  fn(copy);
  return copy;
};

describe("rebaseDraft (reapply my changes)", () => {
  it("keeps their changes to what I did not touch and mine to what they did not", () => {
    const b = draftFromDocument(base);
    const mine = edit(b, (d) => (d.claims[0].headline = "Heavy rain"));
    const theirs = edit(b, (d) => {
      d.claims[1].headline = "Gales";
      d.title = "Storm hits coast";
    });
    const r = rebaseDraft(b, mine, theirs);
    expect(r.draft.title).toBe("Storm hits coast");
    expect(r.draft.claims.map((c) => c.headline)).toEqual(["Heavy rain", "Gales"]);
    expect(r.overwritten).toEqual([]);
  });

  it("names what both changed (mine wins), keeps my new items in place and their new items", () => {
    const b = draftFromDocument(base);
    const mine = edit(b, (d) => {
      d.claims[1].headline = "Strong wind";
      d.claims.splice(1, 0, { uid: "new-1", headline: "Floods", body: para("Rivers rose.", "A") });
    });
    const theirs = edit(b, (d) => {
      d.claims[1].headline = "Gales";
      d.claims.push({ uid: "c3", id: "c3", headline: "Power cuts", body: para("Lights out.", "A") });
    });
    const r = rebaseDraft(b, mine, theirs);
    expect(r.draft.claims.map((c) => c.headline)).toEqual(["Rain", "Floods", "Strong wind", "Power cuts"]);
    expect(r.overwritten).toEqual(["Claim “Strong wind”"]);
  });

  it("keeps a source they removed when my kept claim still cites it; drops what I deleted", () => {
    const b = draftFromDocument(base);
    const mine = edit(b, (d) => {
      d.claims[1].body = para("Very windy.", "B");
      d.timeline = [];
    });
    const theirs = edit(b, (d) => {
      d.sources = d.sources.filter((s) => s.key !== "B");
      d.claims = d.claims.filter((c) => c.id !== "c2");
    });
    const r = rebaseDraft(b, mine, theirs);
    expect(r.draft.claims.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(r.draft.sources.map((s) => s.key)).toEqual(["A", "B"]);
    expect(r.draft.timeline).toEqual([]);
    expect(r.overwritten[0]).toMatch(/they removed it, you edited it/);
  });
});

describe("summarizeDiff (conflict banner)", () => {
  it("says in words what changed", () => {
    const after: StoryDocument = { ...base, title: "Storm hits", sources: [src("A"), src("C")], claims: [{ ...base.claims[0], headline: "Rain" , body: para("It poured.", "A") }] };
    expect(summarizeDiff(diffDocuments(base, after))).toEqual([
      "Title changed to “Storm hits”",
      "Source added: Outlet C: Title C",
      "Source removed: Outlet B: Title B",
      "Claim 1 “Rain” edited",
      "Claim 2 “Wind” removed",
    ]);
  });
});

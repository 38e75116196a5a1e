import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";
import { saveStory } from "@/lib/stories/save-story";
import { body, makeActor, makeFeed, resetDb, source, storyDoc } from "../helpers";

beforeEach(resetDb);

describe("saveStory", () => {
  it("creates a story with sources in order, claims, timeline, citations and revision 1", async () => {
    const writer = await makeActor("WRITER");
    await makeFeed("world", "World");
    const s = await saveStory(writer, { document: { ...storyDoc("Quake hits coast", 2), feedSlugs: ["world"] } });
    expect(s.version).toBe(1);
    expect(s.slug).toBe("quake-hits-coast");
    expect(s.document.sources.map((x) => x.outlet)).toEqual(["Outlet 1", "Outlet 2"]);
    expect(s.document.feedSlugs).toEqual(["world"]);
    const cites = await prisma().citation.findMany({ where: { storyId: s.id } });
    expect(cites).toHaveLength(2); // claim + timeline entry cite source 1
    expect(cites.every((c) => c.sourceId === s.document.sources[0].key)).toBe(true);
    const revs = await prisma().storyRevision.findMany({ where: { storyId: s.id } });
    expect(revs.map((r) => [r.version, r.kind])).toEqual([[1, "SAVE"]]);
  });

  it("reuses one global source for the same article URL across stories", async () => {
    const ed = await makeActor("EDITOR");
    const a = await saveStory(ed, { document: storyDoc("Story A", 1) });
    const b = await saveStory(ed, {
      document: { ...storyDoc("Story B", 0), sources: [source(1, { url: "https://www.EXAMPLE.com/news/1/?utm_source=x#top" })] },
    });
    expect(b.document.sources[0].key).toBe(a.document.sources[0].key);
    expect(await prisma().source.count()).toBe(1);
  });

  it("refuses a stale version with a conflict naming who saved, and changes nothing", async () => {
    const [w1, w2] = [await makeActor("WRITER"), await makeActor("EDITOR")];
    const s = await saveStory(w1, { document: storyDoc("Race", 1) });
    await saveStory(w2, { storyId: s.id, baseVersion: 1, document: { ...s.document, title: "Race (second)" } });
    const err = await saveStory(w1, { storyId: s.id, baseVersion: 1, document: { ...s.document, title: "Race (lost)" } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.currentVersion).toBe(2);
    expect(err.changedBy).toMatch(/EDITOR/);
    const now = await prisma().story.findUniqueOrThrow({ where: { id: s.id } });
    expect([now.title, now.version]).toEqual(["Race (second)", 2]);
  });

  it("rejects a citation to a source outside the story, naming the claim, and stores nothing", async () => {
    const ed = await makeActor("EDITOR");
    const doc = { ...storyDoc("Dangling", 1), claims: [{ headline: "Bad claim", body: body("Text.", 7) }] };
    const err = await saveStory(ed, { document: doc }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toMatch(/Claim 1 \("Bad claim"\) cites a source that is not in this story/);
    expect(await prisma().story.count()).toBe(0);
    expect(await prisma().source.count()).toBe(0);
  });

  it("rejects malformed rich text: unknown nodes, scripts in links, deep nesting, huge bodies", async () => {
    const ed = await makeActor("EDITOR");
    const bad = [
      { type: "doc", content: [{ type: "script", content: [] }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "paragraph", content: [{ type: "text", text: "deep" }] }] }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(5_000_000) }] }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "<img src=x onerror=alert(1)>", attrs: { onclick: "x" } }] }] },
    ];
    for (const b of bad) {
      const err = await saveStory(ed, { document: { ...storyDoc("Bad", 1), claims: [{ headline: "H", body: b }] } }).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
    }
    expect(await prisma().story.count()).toBe(0);
  });

  it("keeps timeline entries in date order and claim ids across saves", async () => {
    const ed = await makeActor("EDITOR");
    const doc = storyDoc("Order", 1);
    doc.timeline = [
      { date: "2026-03-01", precision: "DAY", body: body("Later.", 1) },
      { date: "2026-01-01", precision: "MONTH", body: body("Earlier.", 1) },
    ];
    const s = await saveStory(ed, { document: doc });
    expect(s.document.timeline.map((t) => [t.date, t.precision])).toEqual([["2026-01-01", "MONTH"], ["2026-03-01", "DAY"]]);
    const again = await saveStory(ed, { storyId: s.id, baseVersion: 1, document: s.document });
    expect(again.document.claims[0].id).toBe(s.document.claims[0].id);
  });
});

describe("concurrent saves", () => {
  it("20 editors saving one version at once: exactly one winner, 19 conflicts, no revision gaps", async () => {
    const ed = await makeActor("EDITOR");
    const s = await saveStory(ed, { document: storyDoc("Breaking", 1) });
    const actors = await Promise.all(Array.from({ length: 20 }, () => makeActor("EDITOR")));
    const results = await Promise.allSettled(
      actors.map((a, i) => saveStory(a, { storyId: s.id, baseVersion: 1, document: { ...s.document, title: `Edit ${i}` } })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    expect(lost.every((r) => r.reason instanceof ConflictError)).toBe(true);
    const revs = await prisma().storyRevision.findMany({ where: { storyId: s.id }, orderBy: { version: "asc" } });
    expect(revs.map((r) => r.version)).toEqual([1, 2]);
  });
});

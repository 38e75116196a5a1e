import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { resetDb } from "../helpers";
import { dumpDb } from "./db-dump";
import { SEED, importFiles, seedText, tempDir } from "./files";

let tmp: ReturnType<typeof tempDir>;
beforeEach(async () => {
  await resetDb();
  tmp = tempDir();
});
afterEach(() => tmp.remove());

/** The seed with a fifth article: counts raised and a new claim citing [5]. */
function withFifthArticle(text: string): string {
  return text
    .replace("Updated (4 articles)", "Updated (5 articles)")
    .replace("Sources (4 articles)", "Sensors Record Aftershock Data Officials confirmed the new findings on Friday [5].\n\nSources (5 articles)");
}

describe("re-importing a changed seed file", () => {
  it("updates the same story as a new revision with an update-log entry for the added article", async () => {
    await importFiles([SEED]);
    const story = await prisma().story.findFirstOrThrow();
    const file = tmp.write("000_changed.txt", withFifthArticle(seedText()));

    expect(await importFiles([file])).toEqual([{ file, slug: story.slug, action: "updated" }]);

    expect(await prisma().story.count()).toBe(1);
    const now = await prisma().story.findUniqueOrThrow({ where: { id: story.id } });
    expect(now.version).toBe(story.version + 2); // an IMPORT save and a PUBLISH
    const revs = await prisma().storyRevision.findMany({ where: { storyId: story.id }, orderBy: { version: "asc" } });
    expect(revs.map((r) => [r.version, r.kind])).toEqual([
      [1, "IMPORT"],
      [2, "PUBLISH"],
      [3, "IMPORT"],
      [4, "PUBLISH"],
    ]);
    expect(revs[2].note).toBe(`imported from ${file}`);
    const updates = await prisma().storyUpdate.findMany({ orderBy: { at: "asc" } });
    expect(updates.map((u) => [u.kind, u.articlesAdded, u.articleCount])).toEqual([
      ["PUBLISHED", 4, 4],
      ["UPDATED", 1, 5],
    ]);
    expect(updates[1].sectionsAdded).toEqual(["Sensors Record Aftershock Data"]);
    const pub = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: story.id } });
    expect(pub.articleCount).toBe(5);

    // The four placeholders were kept (same rows), one was added.
    expect(await prisma().storySource.count()).toBe(5);
    expect(await prisma().source.count()).toBe(5);

    // And importing the changed file again changes nothing.
    const before = await dumpDb();
    expect(await importFiles([file])).toEqual([{ file, slug: story.slug, action: "unchanged" }]);
    expect(await dumpDb()).toEqual(before);
  });

  it("keeps claim and timeline ids when only a sentence changed, and logs the changed section", async () => {
    await importFiles([SEED]);
    const story = await prisma().story.findFirstOrThrow({ include: { claims: true, timeline: true } });
    const file = tmp.write("000_edited.txt", seedText().replace("deepening bilateral ties", "deepening bilateral and regional ties"));

    expect(await importFiles([file])).toEqual([expect.objectContaining({ action: "updated" })]);
    const now = await prisma().story.findFirstOrThrow({ include: { claims: true, timeline: true } });
    expect(now.claims.map((c) => c.id).sort()).toEqual(story.claims.map((c) => c.id).sort());
    expect(now.timeline.map((c) => c.id).sort()).toEqual(story.timeline.map((c) => c.id).sort());
    expect(now.claims.find((c) => c.position === 0)!.plainText).toContain("deepening bilateral and regional ties.");
    const last = await prisma().storyUpdate.findFirstOrThrow({ where: { kind: "UPDATED" } });
    expect([last.articlesAdded, last.sectionsChanged]).toEqual([0, ["Second Nara Summit Marks Continued Shuttle Diplomacy"]]);
  });

  it("publishes an imported draft when it is imported again with --publish, without a new save", async () => {
    await importFiles([SEED], { status: "draft" });
    expect(await prisma().publicStory.count()).toBe(0);
    expect(await importFiles([SEED])).toEqual([expect.objectContaining({ action: "updated" })]);
    expect(await prisma().publicStory.count()).toBe(1);
    expect((await prisma().storyRevision.findMany({ orderBy: { version: "asc" } })).map((r) => r.kind)).toEqual(["IMPORT", "PUBLISH"]);
  });
});

describe("re-importing an unchanged file", () => {
  it("is a no-op even when the page lists its timeline out of date order", async () => {
    const lines = seedText().split("\n");
    // Swap the first (Jan 12) and last (Jan 14) entries.
    [lines[22], lines[28]] = [lines[28], lines[22]];
    const file = tmp.write("unordered.txt", lines.join("\n"));
    await importFiles([file]);
    const stored = await prisma().timelineEntry.findMany({ orderBy: { position: "asc" } });
    expect(stored.map((t) => t.date.toISOString().slice(0, 10))).toEqual(["2026-01-12", "2026-01-13", "2026-01-13", "2026-01-14"]);
    const before = await dumpDb();
    expect(await importFiles([file])).toEqual([expect.objectContaining({ action: "unchanged" })]);
    expect(await dumpDb()).toEqual(before);
  });
});

describe("re-importing over editors' work", () => {
  async function editorEdits() {
    const { saveStory } = await import("@/lib/stories/save-story");
    const { loadStory } = await import("@/lib/stories/load-story");
    const { makeActor } = await import("../helpers");
    const editor = await makeActor("EDITOR");
    const row = await prisma().story.findFirstOrThrow();
    const s = await loadStory(prisma(), row.id);
    const sources = s.document.sources.map((x, i) => (i === 0 ? { ...x, url: "https://example.com/nara-summit", outlet: "Kyodo", title: "Lee arrives in Nara" } : x));
    return saveStory(editor, { storyId: row.id, baseVersion: s.version, document: { ...s.document, sources } });
  }

  it("an unchanged seed leaves an editor's later edits alone (nothing written)", async () => {
    await importFiles([SEED]);
    await editorEdits();
    const before = await dumpDb();
    expect(await importFiles([SEED])).toEqual([expect.objectContaining({ action: "unchanged" })]);
    expect(await dumpDb()).toEqual(before);
    expect(await prisma().source.count({ where: { outlet: "Kyodo" } })).toBe(1);
  });

  it("a changed seed still updates the story (a new IMPORT revision on top of the editor's)", async () => {
    await importFiles([SEED]);
    const edited = await editorEdits();
    const file = tmp.write("000_edited.txt", seedText().replace("deepening bilateral ties", "deepening bilateral and regional ties"));
    expect(await importFiles([file])).toEqual([expect.objectContaining({ action: "updated" })]);
    const revs = await prisma().storyRevision.findMany({ where: { version: { gt: edited.version } }, orderBy: { version: "asc" } });
    expect(revs.map((r) => r.kind)).toEqual(["IMPORT", "PUBLISH"]);
    // and importing that file again is a no-op
    const before = await dumpDb();
    expect(await importFiles([file])).toEqual([expect.objectContaining({ action: "unchanged" })]);
    expect(await dumpDb()).toEqual(before);
  });

  it("an unpublished story stays unpublished; a changed seed updates its working copy only, and says so", async () => {
    const { unpublishStory } = await import("@/lib/stories/unpublish-story");
    const { makeActor } = await import("../helpers");
    await importFiles([SEED]);
    const row = await prisma().story.findFirstOrThrow();
    await unpublishStory(await makeActor("EDITOR"), row.id);
    expect(await importFiles([SEED])).toEqual([expect.objectContaining({ action: "unchanged" })]);
    const file = tmp.write("000_edited.txt", seedText().replace("deepening bilateral ties", "deepening bilateral and regional ties"));
    expect(await importFiles([file])).toEqual([expect.objectContaining({ action: "updated", note: "left unpublished (an editor's decision); not published" })]);
    expect((await prisma().story.findFirstOrThrow()).status).toBe("UNPUBLISHED");
  });
});

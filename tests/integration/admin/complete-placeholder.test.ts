import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { body, makeActor, resetDb, source } from "../helpers";

beforeEach(resetDb);

// Imported stories carry placeholder sources ("4 articles", none listed). Completing one in the
// editor must keep it the same source: same id, same citations, no orphan rows.

describe("completing a placeholder source", () => {
  it("keeps its id and citations, and publishing then counts no new article", async () => {
    const ed = await makeActor("EDITOR");
    const ph = source(1, { url: null, outlet: null, title: null, publishedAt: null });
    const s = await saveStory(ed, {
      document: { title: "Imported", feedSlugs: [], sources: [ph, source(2)], claims: [{ headline: "One", body: body("A.", 1, 2) }], timeline: [] },
    });
    const [phId, otherId] = s.document.sources.map((x) => x.key);
    await publishStory(ed, s.id, { allowIncompleteSources: true });
    const sourcesBefore = await prisma().source.count();

    const cur = (await prisma().story.findUniqueOrThrow({ where: { id: s.id } })).version;
    const doc = s.document;
    const saved = await saveStory(ed, {
      storyId: s.id,
      baseVersion: cur,
      document: { ...doc, sources: [{ ...doc.sources[0], url: "https://example.org/found-it", outlet: "Found", title: "The article" }, doc.sources[1]] },
    });
    expect(saved.document.sources.map((x) => x.key)).toEqual([phId, otherId]);
    expect(saved.document.sources[0]).toMatchObject({ url: "https://example.org/found-it", outlet: "Found", title: "The article" });
    expect(saved.document.claims[0].body).toEqual(doc.claims[0].body);
    expect(await prisma().source.count()).toBe(sourcesBefore);

    await publishStory(ed, s.id);
    const log = await prisma().storyUpdate.findMany({ where: { storyId: s.id }, orderBy: { at: "desc" } });
    expect(log[0]).toMatchObject({ kind: "UPDATED", articlesAdded: 0, articleCount: 2, sectionsChanged: ["Details of 1 source completed"] });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/errors";
import { readStory } from "@/lib/public/read-stories";
import { correctStory } from "@/lib/stories/correct-story";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { makeActor, makeFeed, resetDb, storyDoc } from "../helpers";

beforeEach(resetDb);

async function published() {
  const ed = await makeActor("EDITOR");
  await makeFeed("world", "World");
  const s = await saveStory(ed, { document: { ...storyDoc("Bridge vote", 2), feedSlugs: ["world"] } });
  await publishStory(ed, s.id, { baseVersion: 1, now: new Date("2026-01-10T10:00:00Z") });
  return { ed, s };
}

describe("corrections", () => {
  it("publishes the fix as a dated CORRECTION with the note, in one audited transaction", async () => {
    const { ed, s } = await published();
    await saveStory(ed, { storyId: s.id, baseVersion: 2, document: { ...s.document, claims: [{ ...s.document.claims[0], body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The vote was 52 to 48." }, { type: "citation", attrs: { sourceId: s.document.sources[0].key } }] }] } }] } });
    const at = new Date("2026-01-11T09:30:00Z");
    const res = await correctStory(ed, { storyId: s.id, baseVersion: 3, note: "An earlier version gave the vote as 48 to 52." }, at);
    expect(res.version).toBe(4);
    expect(res.tags).toEqual(expect.arrayContaining([`story:${res.slug}`, "home", "feed:world"]));

    const story = await readStory(res.slug);
    expect(story!.updates.map((u) => [u.kind, u.at, u.note])).toEqual([
      ["CORRECTION", at.toISOString(), "An earlier version gave the vote as 48 to 52."],
      ["PUBLISHED", "2026-01-10T10:00:00.000Z", null],
    ]);
    expect(story!.updates[0].sectionsChanged).toEqual(["First claim"]);
    expect(JSON.stringify(story!.view.claims[0].body)).toContain("52 to 48");
    const rev = await prisma().storyRevision.findUniqueOrThrow({ where: { storyId_version: { storyId: s.id, version: 4 } } });
    expect([rev.kind, rev.note]).toEqual(["CORRECTION", "An earlier version gave the vote as 48 to 52."]);
    expect(await prisma().auditEvent.count({ where: { action: "story.correct", entityId: s.id } })).toBe(1);
  });

  it("a note-only correction adds a dated entry without moving the story up", async () => {
    const { ed, s } = await published();
    const before = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: s.id } });
    await correctStory(ed, { storyId: s.id, baseVersion: 2, note: "The minister's name was misspelled." }, new Date("2026-01-12T08:00:00Z"));
    const after = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: s.id } });
    expect(after.lastUpdatedAt).toEqual(before.lastUpdatedAt);
    const updates = await prisma().storyUpdate.findMany({ where: { storyId: s.id }, orderBy: { at: "desc" } });
    expect(updates.map((u) => [u.kind, u.note])).toEqual([["CORRECTION", "The minister's name was misspelled."], ["PUBLISHED", null]]);
  });

  it("is refused to writers, for unpublished stories, stale versions and empty notes — writing nothing", async () => {
    const { ed, s } = await published();
    const writer = await makeActor("WRITER");
    await expect(correctStory(writer, { storyId: s.id, baseVersion: 2, note: "A long enough note." })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(correctStory(ed, { storyId: s.id, baseVersion: 2, note: "short" })).rejects.toBeInstanceOf(ValidationError);
    await expect(correctStory(ed, { storyId: s.id, baseVersion: 1, note: "A long enough note." })).rejects.toThrow(/Someone else saved/);
    const draft = await saveStory(ed, { document: storyDoc("Never published", 1) });
    await expect(correctStory(ed, { storyId: draft.id, baseVersion: 1, note: "A long enough note." })).rejects.toThrow(/Only a published story/);
    expect(await prisma().storyUpdate.count({ where: { kind: "CORRECTION" } })).toBe(0);
    expect(await prisma().auditEvent.count({ where: { action: "story.correct" } })).toBe(0);
  });
});

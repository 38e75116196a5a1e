import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { diffDocuments } from "@/lib/revisions/diff-documents";
import { compareRevisions, listRevisions, snapshotDocument } from "@/lib/revisions/list-revisions";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { buildPublicView } from "@/lib/stories/build-public-view";
import { loadStory } from "@/lib/stories/load-story";
import { publishStory } from "@/lib/stories/publish-story";
import type { PublicStoryView } from "@/lib/stories/public-view";
import { saveStory } from "@/lib/stories/save-story";
import { body, makeActor, makeFeed, resetDb, source, storyDoc } from "../helpers";

beforeEach(resetDb);

/** Claim and entry ids differ after a restore (rows are recreated); readers never see them. */
function withoutIds(v: PublicStoryView) {
  const strip = <T extends { id: string }>(x: T) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== "id"));
  return { ...v, claims: v.claims.map(strip), timeline: v.timeline.map(strip) };
}

/** v1 saved, v2 published, v3 saved with a different claim, another source and a new entry. */
async function storyWithHistory() {
  const ed = await makeActor("EDITOR");
  await makeFeed("world", "World");
  const v1 = await saveStory(ed, { document: { ...storyDoc("Harbour fire", 2), feedSlugs: ["world"] } });
  await publishStory(ed, v1.id, { baseVersion: 1 });
  const doc = (await loadStory(prisma(), v1.id)).document;
  const v3 = await saveStory(ed, {
    storyId: v1.id,
    baseVersion: 2,
    document: {
      ...doc,
      title: "Harbour fire spreads",
      sources: [...doc.sources.slice(1), source(3)],
      claims: [{ ...doc.claims[0], headline: "Fire spreads", body: body("The fire spread to the docks.", 3) as never }, { headline: "Port closed", body: body("The port closed.", 3) as never }],
      timeline: [...doc.timeline.map((t) => ({ ...t, body: body("It began at dawn.") as never })), { date: "2026-01-13", precision: "DAY" as const, body: body("Port closed.") as never }],
    },
  });
  return { ed, id: v1.id, v3 };
}

describe("revision history", () => {
  it("lists every revision newest first with author and kind, and marks the published one", async () => {
    const { id } = await storyWithHistory();
    const ed = await makeActor("WRITER");
    const h = await listRevisions(ed, id);
    expect(h.revisions.map((r) => [r.version, r.kind])).toEqual([[3, "SAVE"], [2, "PUBLISH"], [1, "SAVE"]]);
    expect(h.revisions.every((r) => r.authorName?.startsWith("EDITOR"))).toBe(true);
    expect(h.story.publishedVersion).toBe(2);
  });

  it("diffs two revisions: title words, claim text, sources added and removed, timeline", async () => {
    const { ed, id } = await storyWithHistory();
    const d = await compareRevisions(ed, id, 1, 3);
    expect(d.unchanged).toBe(false);
    expect(d.title?.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["spreads"]);
    expect(d.sources.added.map((s) => s.label)).toEqual(["Outlet 3: Article 3"]);
    expect(d.sources.removed.map((s) => s.label)).toEqual(["Outlet 1: Article 1"]);
    const claims = d.claims.map((c) => [c.change, c.label]);
    expect(claims).toEqual([["changed", "Claim 1"], ["added", "Claim 2"]]);
    const text1 = d.claims[0].text;
    // Old text with its citation as numbered then, new text with the number it has now.
    expect(text1.map((p) => p.value).join("")).toMatch(/Something happened/);
    expect(text1.map((p) => (p.removed ? `-${p.value}-` : p.added ? `+${p.value}+` : p.value)).join("")).toBe("-Something happened-+The fire spread to the docks+.[-1-+2+]");
    expect(d.timeline.map((t) => t.change)).toEqual(["changed", "added"]);
    expect((await compareRevisions(ed, id, 2, 1)).unchanged).toBe(true);
  });

  it("restoring an old revision, then publishing, gives readers exactly that revision's content", async () => {
    const { ed, id } = await storyWithHistory();
    const publicBefore = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: id } });

    const restored = await restoreRevision(ed, { storyId: id, version: 1, baseVersion: 3 });
    expect(restored.version).toBe(4);
    const rev4 = await prisma().storyRevision.findUniqueOrThrow({ where: { storyId_version: { storyId: id, version: 4 } } });
    expect([rev4.kind, rev4.note]).toEqual(["RESTORE", "Restored from version 1"]);
    // The published page is untouched until someone publishes.
    const publicAfterRestore = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: id } });
    expect(publicAfterRestore.content).toEqual(publicBefore.content);
    expect(publicAfterRestore.revisionId).toBe(publicBefore.revisionId);
    expect(await prisma().auditEvent.count({ where: { action: "story.restore_revision", entityId: id } })).toBe(1);

    // The working copy equals revision 1 (ids aside), and so does the public view after publishing.
    const rev1 = snapshotDocument((await prisma().storyRevision.findUniqueOrThrow({ where: { storyId_version: { storyId: id, version: 1 } } })).snapshot);
    expect(diffDocuments(rev1, restored.document).unchanged).toBe(true);
    await publishStory(ed, id, { baseVersion: 4 });
    const pub = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: id } });
    const expected = buildPublicView({ ...restored, document: rev1 }, [{ slug: "world", name: "World" }]);
    expect(withoutIds(pub.content as unknown as PublicStoryView)).toEqual(withoutIds(expected));
    expect(pub.title).toBe("Harbour fire");
  });

  it("refuses a restore based on an older version (someone saved meanwhile) and writes nothing", async () => {
    const { ed, id } = await storyWithHistory();
    const err = await restoreRevision(ed, { storyId: id, version: 1, baseVersion: 2 }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(await prisma().storyRevision.count({ where: { storyId: id } })).toBe(3);
    expect(await prisma().auditEvent.count({ where: { action: "story.restore_revision" } })).toBe(0);
  });

  it("rejects malformed input and unknown versions", async () => {
    const { ed, id } = await storyWithHistory();
    await expect(restoreRevision(ed, { storyId: id, version: 0, baseVersion: 3 })).rejects.toThrow();
    await expect(restoreRevision(ed, { storyId: id, version: 99, baseVersion: 3 })).rejects.toThrow(/does not exist/);
  });
});

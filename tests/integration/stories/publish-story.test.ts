import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ConflictError, PublishBlockedError } from "@/lib/errors";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { unpublishStory } from "@/lib/stories/unpublish-story";
import type { PublicStoryView } from "@/lib/stories/public-view";
import { body, makeActor, makeFeed, resetDb, source, storyDoc } from "../helpers";

beforeEach(resetDb);

async function draft(title = "Flood warning", sources = 2) {
  const ed = await makeActor("EDITOR");
  await makeFeed("world", "World");
  const s = await saveStory(ed, { document: { ...storyDoc(title, sources), feedSlugs: ["world"] } });
  return { ed, s };
}

describe("publishStory", () => {
  it("writes the render-ready public view, feed rows, a search vector and a first update-log entry", async () => {
    const { ed, s } = await draft();
    const res = await publishStory(ed, s.id, { baseVersion: 1 });
    expect(res).toMatchObject({ version: 2, changed: true });
    const pub = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: s.id } });
    const view = pub.content as unknown as PublicStoryView;
    expect(pub.articleCount).toBe(2);
    expect(pub.firstHeadline).toBe("First claim");
    expect(view.claims[0].body[0]).toEqual([{ t: "text", text: "Something happened." }, { t: "cite", n: 1 }]);
    expect(view.sources.map((x) => [x.n, x.outlet, x.incomplete])).toEqual([[1, "Outlet 1", false], [2, "Outlet 2", false]]);
    expect(await prisma().publicStoryFeed.count({ where: { storyId: s.id } })).toBe(1);
    const hits = await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "PublicStory" WHERE "searchVector" @@ websearch_to_tsquery('english', 'happened')`;
    expect(Number(hits[0].n)).toBe(1);
    const updates = await prisma().storyUpdate.findMany({ where: { storyId: s.id } });
    expect(updates.map((u) => [u.kind, u.articleCount])).toEqual([["PUBLISHED", 2]]);
    const audit = await prisma().auditEvent.findMany({ where: { action: "story.publish" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses a writer", async () => {
    const { s } = await draft();
    const writer = await makeActor("WRITER");
    await expect(publishStory(writer, s.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma().publicStory.count()).toBe(0);
  });

  it("refuses with the list of problems: claim without citation, incomplete source", async () => {
    const ed = await makeActor("EDITOR");
    const doc = storyDoc("Problems", 1);
    doc.sources.push({ key: "s2", url: "", outlet: "", title: "Only a title", publishedAt: "2026-01-01" } as never);
    doc.claims.push({ headline: "Uncited", body: body("No source here.") });
    const s = await saveStory(ed, { document: doc });
    const err = await publishStory(ed, s.id).catch((e) => e);
    expect(err).toBeInstanceOf(PublishBlockedError);
    expect(err.problems.join("\n")).toMatch(/Claim 2 \("Uncited"\) cites no source/);
    expect(err.problems.join("\n")).toMatch(/Source 2 is incomplete/);
    expect(await prisma().publicStory.count()).toBe(0);
  });

  it("records nothing for a publish without change; logs added articles and sections otherwise", async () => {
    const { ed, s } = await draft();
    const first = await publishStory(ed, s.id);
    const before = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: s.id } });
    const again = await publishStory(ed, s.id, { baseVersion: first.version });
    expect(again.changed).toBe(false);
    expect(await prisma().storyUpdate.count()).toBe(1);
    const still = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: s.id } });
    expect(still.lastUpdatedAt).toEqual(before.lastUpdatedAt);

    const cur = await prisma().story.findUniqueOrThrow({ where: { id: s.id } });
    const loaded = (await import("@/lib/stories/load-story")).loadStory;
    const doc = (await loaded(prisma(), s.id)).document;
    doc.sources.push(source(3));
    doc.claims.push({ headline: "New angle", body: body("Third outlet reports.", 3) as never } as never);
    // citations reference source keys; the new source's key is s3
    const saved = await saveStory(ed, { storyId: s.id, baseVersion: cur.version, document: doc });
    const third = await publishStory(ed, s.id, { baseVersion: saved.version });
    expect(third.changed).toBe(true);
    const log = await prisma().storyUpdate.findMany({ where: { storyId: s.id }, orderBy: { at: "asc" } });
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ kind: "UPDATED", articlesAdded: 1, articleCount: 3, sectionsAdded: ["New angle"] });
    const pub = await prisma().publicStory.findUniqueOrThrow({ where: { storyId: s.id } });
    expect(pub.lastUpdatedAt.getTime()).toBeGreaterThan(before.lastUpdatedAt.getTime());
  });

  it("refuses a publish based on an older version", async () => {
    const { ed, s } = await draft();
    await saveStory(ed, { storyId: s.id, baseVersion: 1, document: s.document });
    await expect(publishStory(ed, s.id, { baseVersion: 1 })).rejects.toBeInstanceOf(ConflictError);
  });

  it("unpublish removes the story from every public table at once", async () => {
    const { ed, s } = await draft();
    await publishStory(ed, s.id);
    await unpublishStory(ed, s.id);
    expect(await prisma().publicStory.count()).toBe(0);
    expect(await prisma().publicStoryFeed.count()).toBe(0);
    expect((await prisma().story.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("UNPUBLISHED");
  });
});

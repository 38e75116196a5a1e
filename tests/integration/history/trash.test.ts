import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listStories } from "@/lib/admin/list-stories";
import { listTrash } from "@/lib/admin/list-trash";
import { getEditorStory } from "@/lib/admin/editor-story";
import { ForbiddenError } from "@/lib/auth/permissions";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { readLatestStories, readStory } from "@/lib/public/read-stories";
import { deleteStory, purgeExpiredStories, purgeStory, restoreStory } from "@/lib/stories/delete-story";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { makeActor, makeFeed, resetDb, source, storyDoc } from "../helpers";

beforeEach(resetDb);
const DAY = 86_400_000;

async function publishedStory(title = "Dam breach") {
  const ed = await makeActor("EDITOR");
  await makeFeed("world", "World");
  const s = await saveStory(ed, { document: { ...storyDoc(title, 2), feedSlugs: ["world"] } });
  await publishStory(ed, s.id, { baseVersion: 1 });
  return { ed, s };
}

describe("soft delete, trash and purge", () => {
  it("deleting hides the story from readers and the admin list; an editor restores it unpublished", async () => {
    const { ed, s } = await publishedStory();
    const res = await deleteStory(ed, { storyId: s.id, baseVersion: 2 });
    expect(res.tags).toEqual(expect.arrayContaining([`story:${s.slug}`, "home", "feed:world"]));
    expect(await readStory(s.slug)).toBeNull();
    expect((await readLatestStories(null)).items).toHaveLength(0);
    expect((await listStories(ed, { page: 1 } as never)).rows).toHaveLength(0);
    await expect(getEditorStory(ed, s.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveStory(ed, { storyId: s.id, baseVersion: 3, document: s.document })).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishStory(ed, s.id)).rejects.toBeInstanceOf(NotFoundError);
    const trash = await listTrash(ed);
    expect(trash.map((t) => [t.title, t.restorable, t.deletedBy])).toEqual([["Dam breach", true, expect.stringMatching(/^EDITOR/)]]);

    const editor2 = await makeActor("EDITOR");
    await restoreStory(editor2, { storyId: s.id });
    const back = await getEditorStory(editor2, s.id);
    expect([back.status, back.version]).toEqual(["UNPUBLISHED", 4]);
    expect(await readStory(s.slug)).toBeNull(); // back in the admin, not on the site until published
    const kinds = await prisma().storyRevision.findMany({ where: { storyId: s.id }, orderBy: { version: "asc" }, select: { kind: true } });
    expect(kinds.map((k) => k.kind)).toEqual(["SAVE", "PUBLISH", "DELETE", "UNDELETE"]);
    const audit = await prisma().auditEvent.findMany({ where: { entityId: s.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["story.publish", "story.delete", "story.restore"]);
  });

  it("permissions: writers cannot delete or restore, editors cannot purge", async () => {
    const { ed, s } = await publishedStory();
    const writer = await makeActor("WRITER");
    await expect(deleteStory(writer, { storyId: s.id })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteStory(ed, { storyId: s.id });
    await expect(restoreStory(writer, { storyId: s.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listTrash(writer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(purgeStory(ed, { storyId: s.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma().story.count()).toBe(1);
    expect(await prisma().auditEvent.count({ where: { action: "story.purge" } })).toBe(0);
  });

  it("a stale delete is a conflict and changes nothing", async () => {
    const { ed, s } = await publishedStory();
    await expect(deleteStory(ed, { storyId: s.id, baseVersion: 1 })).rejects.toThrow(/Someone else saved/);
    expect(await readStory(s.slug)).not.toBeNull();
    expect(await prisma().auditEvent.count({ where: { action: "story.delete" } })).toBe(0);
  });

  it("an admin purges from the trash only; the audit row outlives the story", async () => {
    const { ed, s } = await publishedStory();
    const admin = await makeActor("ADMIN");
    await expect(purgeStory(admin, { storyId: s.id })).rejects.toBeInstanceOf(ValidationError);
    await deleteStory(ed, { storyId: s.id });
    await purgeStory(admin, { storyId: s.id });
    expect(await prisma().story.count()).toBe(0);
    expect(await prisma().storyRevision.count()).toBe(0);
    const purge = await prisma().auditEvent.findFirstOrThrow({ where: { action: "story.purge" } });
    expect([purge.actorId, purge.entityId, (purge.data as { title: string }).title]).toEqual([admin.id, s.id, "Dam breach"]);
    expect(await prisma().source.count()).toBe(2); // real articles are global and stay
  });

  it("after 30 days a story cannot be restored and the scheduler purges it (placeholders too)", async () => {
    const { ed, s } = await publishedStory("Old news");
    const other = await saveStory(ed, { document: { ...storyDoc("Fresh", 1), sources: [source(9, { url: null, outlet: null, title: null })], claims: [], timeline: [] } });
    const t0 = new Date("2026-02-01T00:00:00Z");
    await deleteStory(ed, { storyId: s.id }, t0);
    await deleteStory(ed, { storyId: other.id }, new Date(t0.getTime() + 20 * DAY));
    await expect(restoreStory(ed, { storyId: s.id }, new Date(t0.getTime() + 31 * DAY))).rejects.toThrow(/more than 30 days/);
    expect(await purgeExpiredStories(new Date(t0.getTime() + 29 * DAY))).toEqual([]);
    expect(await purgeExpiredStories(new Date(t0.getTime() + 31 * DAY))).toEqual([s.id]);
    expect(await prisma().story.findMany({ select: { id: true } })).toEqual([{ id: other.id }]);
    expect(await purgeExpiredStories(new Date(t0.getTime() + 51 * DAY))).toEqual([other.id]);
    expect(await prisma().source.count({ where: { normalizedUrl: null } })).toBe(0);
    const purges = await prisma().auditEvent.findMany({ where: { action: "story.purge" } });
    expect(purges.map((p) => [p.actorEmail, (p.data as { reason: string }).reason])).toEqual([["system", "expired"], ["system", "expired"]]);
  });
});

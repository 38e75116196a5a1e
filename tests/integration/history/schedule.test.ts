import { beforeEach, describe, expect, it } from "vitest";
import { disconnect, prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { readStory } from "@/lib/public/read-stories";
import { clearSchedule } from "@/lib/stories/clear-schedule";
import { publishDueStories, scheduleStory } from "@/lib/stories/schedule-story";
import { saveStory } from "@/lib/stories/save-story";
import { makeActor, resetDb, storyDoc } from "../helpers";

beforeEach(resetDb);
const MIN = 60_000;

describe("scheduled publishing", () => {
  it("a story scheduled a minute ahead is published once its time has passed, by a fresh process", async () => {
    const ed = await makeActor("EDITOR");
    const s = await saveStory(ed, { document: storyDoc("Budget day", 1) });
    const t0 = new Date();
    await scheduleStory(ed, s.id, new Date(t0.getTime() + MIN), t0);
    expect((await prisma().story.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("SCHEDULED");

    expect(await publishDueStories(new Date(t0.getTime() + 30_000))).toEqual([]);
    expect(await readStory(s.slug)).toBeNull();

    await disconnect(); // "the app restarted in between": nothing but the database remembers
    expect(await publishDueStories(new Date(t0.getTime() + MIN + 1_000))).toEqual([s.id]);
    const story = await prisma().story.findUniqueOrThrow({ where: { id: s.id } });
    expect([story.status, story.scheduledAt]).toEqual(["PUBLISHED", null]);
    expect((await readStory(s.slug))?.title).toBe("Budget day");
    expect(await prisma().auditEvent.count({ where: { action: "story.scheduled_publish", entityId: s.id } })).toBe(1);
  });

  it("two schedulers racing (two app instances) publish it exactly once", async () => {
    const ed = await makeActor("EDITOR");
    const stories = [];
    for (const i of [1, 2, 3]) stories.push(await saveStory(ed, { document: storyDoc(`Race ${i}`, 1) }));
    const t0 = new Date();
    for (const s of stories) await scheduleStory(ed, s.id, new Date(t0.getTime() + MIN), t0);
    const due = new Date(t0.getTime() + 2 * MIN);
    const runs = await Promise.all([publishDueStories(due), publishDueStories(due), publishDueStories(due), publishDueStories(due)]);
    const all = runs.flat();
    expect(all.sort()).toEqual(stories.map((s) => s.id).sort());
    expect(new Set(all).size).toBe(3);
    expect(await prisma().storyUpdate.count({ where: { kind: "PUBLISHED" } })).toBe(3);
    expect(await prisma().storyRevision.count({ where: { kind: "PUBLISH" } })).toBe(3);
    expect(await publishDueStories(new Date(due.getTime() + MIN))).toEqual([]);
  });

  it("clearing the schedule returns a draft; writers may not schedule; the past is refused", async () => {
    const ed = await makeActor("EDITOR");
    const writer = await makeActor("WRITER");
    const s = await saveStory(ed, { document: storyDoc("Maybe later", 1) });
    const t0 = new Date();
    await expect(scheduleStory(writer, s.id, new Date(t0.getTime() + MIN))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(scheduleStory(ed, s.id, new Date(t0.getTime() - MIN), t0)).rejects.toThrow(/future/);
    await scheduleStory(ed, s.id, new Date(t0.getTime() + MIN), t0);
    await expect(clearSchedule(writer, s.id)).rejects.toBeInstanceOf(ForbiddenError);
    await clearSchedule(ed, s.id);
    const story = await prisma().story.findUniqueOrThrow({ where: { id: s.id } });
    expect([story.status, story.scheduledAt]).toEqual(["DRAFT", null]);
    expect(await publishDueStories(new Date(t0.getTime() + 5 * MIN))).toEqual([]);
    const actions = (await prisma().auditEvent.findMany({ where: { entityId: s.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["story.schedule", "story.unschedule"]);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { summarizeDiff } from "@/lib/revisions/diff-documents";
import { compareRevisions } from "@/lib/revisions/list-revisions";
import { saveStory } from "@/lib/stories/save-story";
import { body, makeActor, resetDb, source, storyDoc } from "../helpers";

beforeEach(resetDb);

describe("conflicts: who changed what since", () => {
  it("two tabs of the same user: the second save is refused too, and nothing is merged silently", async () => {
    const ed = await makeActor("EDITOR");
    const s = await saveStory(ed, { document: storyDoc("Two tabs", 1) });
    await saveStory(ed, { storyId: s.id, baseVersion: 1, document: { ...s.document, title: "Tab one" } });
    const err = await saveStory(ed, { storyId: s.id, baseVersion: 1, document: { ...s.document, title: "Tab two" } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((await prisma().story.findUniqueOrThrow({ where: { id: s.id } })).title).toBe("Tab one");
  });

  it("a refused save can be told what the winning version changed: claims, sources, timeline", async () => {
    const [w1, w2] = [await makeActor("WRITER"), await makeActor("EDITOR")];
    const s = await saveStory(w1, { document: storyDoc("Wildfire", 1) });
    const doc = s.document;
    await saveStory(w2, {
      storyId: s.id,
      baseVersion: 1,
      document: {
        ...doc,
        sources: [...doc.sources, source(2)],
        claims: [{ ...doc.claims[0], headline: "Fire contained" }],
        timeline: [...doc.timeline, { date: "2026-01-14", precision: "DAY" as const, body: body("Rain fell.", 2) as never }],
      },
    });
    const err = await saveStory(w1, { storyId: s.id, baseVersion: 1, document: { ...doc, title: "Mine" } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    const lines = summarizeDiff(await compareRevisions(w1, s.id, 1, err.currentVersion));
    expect(lines).toEqual(["Source added: Outlet 2: Article 2", "Claim 1 “Fire contained” edited", "Timeline entry 2 “2026-01-14” added"]);
  });
});

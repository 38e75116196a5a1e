import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadStory } from "@/lib/stories/load-story";
import type { PublicStoryView } from "@/lib/stories/public-view";
import { resetDb } from "../helpers";
import { counts, dumpDb } from "./db-dump";
import { SEED, importFiles } from "./files";

const NBH = "\u2011";
const TITLE = `Second Seoul${NBH}Tokyo Summit in Nara Deepens Security, Economic Ties and Humanitarian Cooperation`;
const HEADLINES = [
  "Second Nara Summit Marks Continued Shuttle Diplomacy",
  "Cooperation Agenda Spans Denuclearization, Supply Chains, Crime",
  `China${NBH}Japan Tensions Frame Bilateral Dialogue`,
  "DNA Analysis Deal Targets Chosei Mine Victims",
  "Historical Issues Set Aside While Trust Building Continues",
];

/** A body as text with its citations written back as [n] (n = the source's position + 1). */
async function storyAsText(slug: string) {
  const row = await prisma().story.findUniqueOrThrow({ where: { slug } });
  const s = await loadStory(prisma(), row.id);
  const num = new Map(s.document.sources.map((x, i) => [x.key, i + 1]));
  const text = (b: (typeof s.document.claims)[number]["body"]) =>
    b.content.map((p) => p.content.map((n) => (n.type === "citation" ? `[${num.get(n.attrs.sourceId)}]` : n.type === "text" ? n.text : "")).join("")).join("\n");
  return { row, s, text };
}

beforeEach(resetDb);

describe("import of seeds/000 (the Nara summit page)", () => {
  it("stores exactly the title, feed, 4 articles, five claims, 4 placeholder sources and 4 dated timeline entries", async () => {
    expect(await importFiles([SEED])).toEqual([{ file: SEED, slug: "second-seoul-tokyo-summit-in-nara-deepens-security-economic-ties-and-humanitarian-cooperation", action: "created" }]);
    const { row, s, text } = await storyAsText("second-seoul-tokyo-summit-in-nara-deepens-security-economic-ties-and-humanitarian-cooperation");
    expect(row.title).toBe(TITLE);
    expect(row.status).toBe("PUBLISHED");
    expect(s.document.feedSlugs).toEqual(["top-headlines"]);
    expect(await prisma().feed.findMany({ select: { slug: true, name: true } })).toEqual([{ slug: "top-headlines", name: "Top Headlines" }]);

    // 4 placeholder sources, incomplete, owned by the story
    expect(s.document.sources).toHaveLength(4);
    for (const src of s.document.sources) expect(src).toMatchObject({ url: null, outlet: null, title: null, publishedAt: null });

    expect(s.document.claims.map((c) => c.headline)).toEqual(HEADLINES);
    const bodies = s.document.claims.map((c) => text(c.body));
    expect(bodies[0]).toBe(
      "President Lee Jae Myung arrived in Nara for a two\u2011day meeting with Prime Minister Sanae Takaichi, the second shuttle\u2011diplomacy summit since Takaichi’s October inauguration and the first full summit between the two leaders[1]. " +
        "Their first encounter occurred on the sidelines of the APEC forum in Gyeongju, establishing a rapid follow\u2011up rhythm to sustain momentum[1][2]. " +
        "The summit underscored Seoul’s intent to act as a regional intermediary while deepening bilateral ties[1].",
    );
    expect(bodies.map((b) => b.slice(0, 20))).toEqual(["President Lee Jae My", "Lee and Takaichi agr", "The talks unfolded a", "The leaders endorsed", "Both sides acknowled"]);
    expect(bodies[4].endsWith("despite unresolved past grievances[1][4].")).toBe(true);
    const cited = (b: string) => [...new Set([...b.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].sort();
    expect(bodies.map(cited)).toEqual([[1, 2], [1, 3], [1, 2], [1, 4], [1, 2, 3, 4]]);

    expect(s.document.timeline.map((t) => [t.date, t.precision])).toEqual([
      ["2026-01-12", "DAY"],
      ["2026-01-13", "DAY"],
      ["2026-01-13", "DAY"],
      ["2026-01-14", "DAY"],
    ]);
    const entries = s.document.timeline.map((t) => text(t.body));
    expect(entries.map(cited)).toEqual([[1], [3, 4], [2], [2]]);
    expect(entries[0].startsWith("Japanese Prime Minister Sanae\u202fTakaichi announces she will host")).toBe(true);
    expect(entries[1]).toContain("into a weapon[3][4]. Prime Minister Takaichi replies");
    expect(entries[2].startsWith("The leaders endorse a joint humanitarian project")).toBe(true);

    // Citation rows: one per (claim|entry, cited source)
    expect(await prisma().citation.count({ where: { storyId: row.id } })).toBe(2 + 2 + 2 + 2 + 4 + 1 + 2 + 1 + 1);
  });

  it("publishes it for readers: 4 articles, placeholders flagged, an update-log entry, a revision per step", async () => {
    await importFiles([SEED]);
    const pub = await prisma().publicStory.findFirstOrThrow();
    const view = pub.content as unknown as PublicStoryView;
    expect(pub.title).toBe(TITLE);
    expect(pub.articleCount).toBe(4);
    expect(pub.firstHeadline).toBe(HEADLINES[0]);
    expect(view.sources.map((x) => [x.n, x.incomplete])).toEqual([[1, true], [2, true], [3, true], [4, true]]);
    expect(view.feeds).toEqual([{ slug: "top-headlines", name: "Top Headlines" }]);
    expect(view.claims[0].body[0].filter((n) => n.t === "cite")).toEqual([{ t: "cite", n: 1 }, { t: "cite", n: 1 }, { t: "cite", n: 2 }, { t: "cite", n: 1 }]);
    const found = await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "PublicStory" WHERE "searchVector" @@ plainto_tsquery('english', 'Chosei mine DNA')`;
    expect(Number(found[0].n)).toBe(1);
    expect(await prisma().storyUpdate.findMany({ select: { kind: true, articlesAdded: true, articleCount: true, sectionsAdded: true } })).toEqual([
      { kind: "PUBLISHED", articlesAdded: 4, articleCount: 4, sectionsAdded: HEADLINES },
    ]);
    expect((await prisma().storyRevision.findMany({ orderBy: { version: "asc" } })).map((r) => [r.version, r.kind, r.note])).toEqual([
      [1, "IMPORT", `imported from ${SEED}`],
      [2, "PUBLISH", null],
    ]);
    expect((await prisma().auditEvent.findMany({ orderBy: { action: "asc" } })).map((a) => a.action)).toEqual(["story.import", "story.import_publish"]);
  });

  it("is a no-op the second time: same rows byte for byte, no revision, no update-log entry, no audit event", async () => {
    await importFiles([SEED]);
    const before = await dumpDb();
    expect(await importFiles([SEED])).toEqual([expect.objectContaining({ action: "unchanged" })]);
    expect(await importFiles([SEED])).toEqual([expect.objectContaining({ action: "unchanged" })]);
    const after = await dumpDb();
    expect(counts(after)).toEqual(counts(before));
    expect(after).toEqual(before);
  });

  it("is a no-op the second time as a draft too", async () => {
    await importFiles([SEED], { status: "draft" });
    const before = await dumpDb();
    expect(await importFiles([SEED], { status: "draft" })).toEqual([expect.objectContaining({ action: "unchanged" })]);
    expect(await dumpDb()).toEqual(before);
    expect(counts(before)).toMatchObject({ Story: 1, PublicStory: 0, StoryUpdate: 0, StoryRevision: 1 });
  });
});

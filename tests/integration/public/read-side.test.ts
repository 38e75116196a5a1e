import { beforeAll, describe, expect, it } from "vitest";
import { decodeCursor } from "@/lib/public/cursor";
import { readFeed, readFeeds } from "@/lib/public/read-feeds";
import { readFeedStories, readLatestStories, readSitemapStories, readStory } from "@/lib/public/read-stories";
import { searchStories } from "@/lib/public/search-stories";
import { HL_START, HL_STOP, normalizeQuery } from "@/lib/public/search-query";
import { prisma } from "@/lib/db/client";
import { resetDb } from "../helpers";
import { cited, ensureFeed, insertDraftStory, insertPublicStory, seedStoryView } from "./public-fixtures";

const SEED = "second-seoul-tokyo-summit-in-nara";
const base = Date.UTC(2026, 0, 10);

beforeAll(async () => {
  await resetDb();
  await ensureFeed("world", "World", 1);
  await ensureFeed("asia", "Asia", 0);
  await ensureFeed("empty", "Empty", 2);
  // 45 stories, one per hour; two share a timestamp to exercise the storyId tie-break.
  for (let i = 0; i < 45; i++) {
    const at = new Date(base + (i === 44 ? 43 : i) * 3600_000);
    await insertPublicStory({ slug: `story-${String(i).padStart(2, "0")}`, title: `Story number ${i}`, lastUpdatedAt: at, feedSlugs: i % 2 ? ["world"] : [] });
  }
  await insertPublicStory({
    slug: SEED,
    view: seedStoryView(),
    lastUpdatedAt: new Date(base + 100 * 3600_000),
    feedSlugs: ["world", "asia"],
    updates: [
      { kind: "PUBLISHED", at: new Date(base), articlesAdded: 4 },
      { kind: "CORRECTION", at: new Date(base + 100 * 3600_000), sectionsChanged: ["DNA Analysis Deal Targets Chosei Mine Victims"], note: "The death toll was 183, not 138." },
    ],
  });
  await insertDraftStory("secret-draft-about-nara", "Secret draft about the Nara summit");
});

describe("public read side", () => {
  it("lists stories newest first and pages through all of them with keyset cursors", async () => {
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const page = await readLatestStories(before);
      expect(page.items.length).toBeLessThanOrEqual(20);
      seen.push(...page.items.map((s) => s.slug));
      before = page.next;
      pages++;
    } while (before && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(46);
    expect(new Set(seen).size).toBe(46);
    expect(seen[0]).toBe(SEED);
    expect(seen).not.toContain("secret-draft-about-nara");
    const all = await prisma().publicStory.findMany({ orderBy: [{ lastUpdatedAt: "desc" }, { storyId: "desc" }], select: { slug: true } });
    expect(seen).toEqual(all.map((s) => s.slug));
  });

  it("returns card fields as JSON-safe values", async () => {
    const { items, next } = await readLatestStories(null, 1);
    expect(items[0]).toMatchObject({ slug: SEED, articleCount: 4, firstHeadline: "Second Nara Summit Marks Continued Shuttle Diplomacy" });
    expect(typeof items[0].lastUpdatedAt).toBe("string");
    expect(decodeCursor(next)).toMatchObject({ storyId: items[0].storyId });
  });

  it("uses the keyset index rather than sorting the table", async () => {
    const plan = await prisma().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT "storyId" FROM "PublicStory" WHERE ("lastUpdatedAt", "storyId") < (now(), 'x') ORDER BY "lastUpdatedAt" DESC, "storyId" DESC LIMIT 21`,
    );
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    // Tiny tables may be seq-scanned; with seqscan off the index must serve the order without a Sort.
    await prisma().$executeRawUnsafe("SET enable_seqscan = off");
    const plan2 = await prisma().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT "storyId" FROM "PublicStory" WHERE ("lastUpdatedAt", "storyId") < (now(), 'x') ORDER BY "lastUpdatedAt" DESC, "storyId" DESC LIMIT 21`,
    );
    await prisma().$executeRawUnsafe("SET enable_seqscan = on");
    const text2 = plan2.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text + text2).toMatch(/Index (Only )?Scan/);
    expect(text2).not.toMatch(/Sort/);
  });

  it("lists feeds by position with published-story counts", async () => {
    const feeds = await readFeeds();
    expect(feeds.map((f) => [f.slug, f.storyCount])).toEqual([
      ["asia", 1],
      ["world", 23],
      ["empty", 0],
    ]);
  });

  it("pages a feed through its own index", async () => {
    const feed = (await readFeed("world"))!;
    const p1 = await readFeedStories(feed.id, null);
    expect(p1.items[0].slug).toBe(SEED);
    expect(p1.items).toHaveLength(20);
    const p2 = await readFeedStories(feed.id, p1.next);
    expect(p2.items).toHaveLength(3);
    expect(p2.next).toBeNull();
    expect(await readFeed("nope")).toBeNull();
  });

  it("reads a story with its update log; unknown or draft slugs are null", async () => {
    const s = (await readStory(SEED))!;
    expect(s.view.claims).toHaveLength(5);
    expect(s.view.sources.every((x) => x.incomplete)).toBe(true);
    expect(s.updates.map((u) => u.kind)).toEqual(["CORRECTION", "PUBLISHED"]);
    expect(s.updates[0].note).toContain("183");
    expect(await readStory("secret-draft-about-nara")).toBeNull();
    expect(await readStory("does-not-exist")).toBeNull();
  });

  it("lists only published stories in the sitemap", async () => {
    const rows = await readSitemapStories();
    expect(rows).toHaveLength(46);
    expect(rows.map((r) => r.slug)).not.toContain("secret-draft-about-nara");
  });
});

describe("search", () => {
  it("finds and ranks stories, with sentinel-marked snippets", async () => {
    const hits = await searchStories("Chosei mine DNA");
    expect(hits[0].slug).toBe(SEED);
    expect(hits[0].snippet).toContain(`${HL_START}DNA${HL_STOP}`);
    expect(hits[0].snippet).not.toMatch(/<b>|<\/b>/);
  });

  it("ranks a title match above a body-only match", async () => {
    await insertPublicStory({ slug: "rare-earths-title", title: "Rare earths export curbs widen" });
    const hits = await searchStories("rare earth");
    expect(hits[0].slug).toBe("rare-earths-title");
    expect(hits.map((h) => h.slug)).toContain(SEED);
  });

  it("never returns drafts", async () => {
    const hits = await searchStories("secret draft");
    expect(hits.map((h) => h.slug)).not.toContain("secret-draft-about-nara");
  });

  it("survives hostile and odd input", async () => {
    const inputs = [
      "'; DROP TABLE \"PublicStory\"; --",
      "\\",
      "a & | ! ( ) : * <-> \"",
      '"unterminated',
      "-",
      "the of and",
      "x".repeat(5000),
      "\u0000nul",
      "\uD800 lone surrogate",
      "😀 Nara",
      "OR OR OR",
    ];
    for (const raw of inputs) {
      const { q } = normalizeQuery(raw);
      await expect(searchStories(q)).resolves.toBeInstanceOf(Array);
    }
    expect(await prisma().publicStory.count()).toBeGreaterThan(0);
  });

  it("keeps snippets free of stored sentinel characters", async () => {
    await insertPublicStory({ slug: "sentinel-story", title: "Sentinel story", view: { claims: [{ id: "x", headline: "Zebra crossing", body: [cited(`Zebra ${HL_START}fake${HL_STOP} crossing`)] }] } });
    const hits = await searchStories("zebra");
    const s = hits.find((h) => h.slug === "sentinel-story")!;
    expect(s.snippet.split(HL_START)).toHaveLength(s.snippet.split(HL_STOP).length);
    expect(s.snippet).not.toContain(`${HL_START}fake`);
  });
});

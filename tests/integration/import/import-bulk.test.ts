import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { storySlug } from "@/lib/import/story-slug";
import { readSeedFiles } from "@/lib/import/read-seed-files";
import { importStories } from "@/lib/import/import-stories";
import { resetDb } from "../helpers";
import { counts, dumpDb } from "./db-dump";
import { SEED, fixture } from "./files";
import { storyFingerprint } from "./story-fingerprint";

beforeEach(resetDb);

const FILES = [SEED, ...fs.readdirSync("tests/fixtures/seeds").filter((f) => f.endsWith(".txt")).sort().map(fixture)];

async function importAll(bulk: boolean, status: "publish" | "draft") {
  await resetDb();
  const { stories, errors } = readSeedFiles(FILES);
  expect(errors).toEqual([]);
  await importStories(stories, { status, bulk });
  const fingerprints = await Promise.all(stories.map((s) => storyFingerprint(storySlug(s))));
  const feeds = await prisma().feed.findMany({ select: { slug: true, name: true, position: true }, orderBy: { position: "asc" } });
  const runAudit = await prisma().auditEvent.findMany({ where: { action: "story.import" }, select: { actorEmail: true, data: true } });
  // What readers see first: each feed's stories, newest first (the last file of a run on top).
  const rows = await prisma().publicStoryFeed.findMany({ include: { feed: true, story: true }, orderBy: [{ lastUpdatedAt: "desc" }, { storyId: "desc" }] });
  const feedOrder = rows.map((r) => `${r.feed.slug}: ${r.story.slug}`);
  return { fingerprints, feeds, runAudit, feedOrder, counts: counts(await dumpDb()) };
}

// New stories are written set-wise (insertNewStories); existing ones through saveStory/publishStory.
// Both must store exactly the same thing, so that the fast path can never drift from the write path.
describe("set-wise import of new stories", () => {
  for (const status of ["publish", "draft"] as const) {
    it(`stores what saveStory + publishStory store, story by story (${status})`, async () => {
      const oneByOne = await importAll(false, status);
      const bulk = await importAll(true, status);
      expect(bulk.counts).toEqual(oneByOne.counts);
      expect(bulk.feeds).toEqual(oneByOne.feeds);
      expect(bulk.runAudit).toEqual(oneByOne.runAudit);
      expect(bulk.feedOrder).toEqual(oneByOne.feedOrder);
      if (status === "publish") expect(bulk.feedOrder.filter((r) => r.startsWith("business:")).length).toBe(3);
      for (const [i, fp] of bulk.fingerprints.entries()) expect(fp, FILES[i]).toEqual(oneByOne.fingerprints[i]);
    });
  }

  it("shares an article already stored by another story, filling in what it lacked", async () => {
    const url = "https://www.reuters.com/world/americas/strong-earthquake-hits-northern-chile-2026-03-03/";
    const page = (title: string, headline: string | null) =>
      [
        "World",
        "Feeds",
        title,
        "Updated (1 article)",
        "Quake Hits Coast The quake struck the coast on Tuesday [1].",
        "Sources (1 article)",
        `[1] Reuters — ${headline ? `${headline} — ` : ""}${url}?utm_source=x${headline ? " — 2026-03-03" : ""}`,
      ].join("\n\n");
    const dir = fs.mkdtempSync("/tmp/newsroom-share-");
    fs.writeFileSync(`${dir}/a.txt`, page("First Story About the Quake", null));
    fs.writeFileSync(`${dir}/b.txt`, page("Second Story About the Quake", "Strong earthquake hits northern Chile"));
    const first = readSeedFiles([`${dir}/a.txt`]).stories;
    const second = readSeedFiles([`${dir}/b.txt`]).stories;
    fs.rmSync(dir, { recursive: true });
    await importStories(first, { status: "publish" });
    expect(await prisma().source.findMany({ select: { outlet: true, title: true, publishedAt: true } })).toEqual([{ outlet: "Reuters", title: null, publishedAt: null }]);
    await importStories(second, { status: "publish" });
    expect(await prisma().source.findMany({ select: { outlet: true, title: true, publishedAt: true, normalizedUrl: true } })).toEqual([
      { outlet: "Reuters", title: "Strong earthquake hits northern Chile", publishedAt: new Date("2026-03-03"), normalizedUrl: "https://reuters.com/world/americas/strong-earthquake-hits-northern-chile-2026-03-03" },
    ]);
    expect(await prisma().storySource.count()).toBe(2);
  });
});

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { resetDb } from "../helpers";
import { dumpDb } from "./db-dump";
import { SEED, fixture, seedText, tempDir } from "./files";

// The real command line: `npm run import -- …` is `tsx scripts/import.ts …`, here on the test database.
function cli(...args: string[]) {
  const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/import.ts", ...args], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => void (tmp = tempDir()));
afterAll(() => tmp.remove());
beforeEach(resetDb);

/** The seed's claim lines as the JSON must give them: headline, body without markers, sorted distinct citations. */
function expectedClaims() {
  const headlines = [
    "Second Nara Summit Marks Continued Shuttle Diplomacy",
    "Cooperation Agenda Spans Denuclearization, Supply Chains, Crime",
    "China\u2011Japan Tensions Frame Bilateral Dialogue",
    "DNA Analysis Deal Targets Chosei Mine Victims",
    "Historical Issues Set Aside While Trust Building Continues",
  ];
  const lines = seedText().split("\n");
  return headlines.map((headline) => {
    const line = lines.find((l) => l.startsWith(`${headline} `))!;
    const rest = line.slice(headline.length + 1);
    const citations = [...new Set([...rest.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].sort();
    return { headline, body: rest.replace(/[ \u202f]*\[\d+\]/g, ""), citations };
  });
}

describe("npm run import (scripts/import.ts)", () => {
  it("--json prints the issue's exact JSON for the seed; --dry-run writes nothing", async () => {
    const before = await dumpDb();
    const r = cli("--dry-run", "--json", SEED);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["file", "feed", "title", "articleCount", "claims", "sources", "timeline", "warnings"]);
    expect(json).toEqual({
      file: SEED,
      feed: "Top Headlines",
      title: "Second Seoul\u2011Tokyo Summit in Nara Deepens Security, Economic Ties and Humanitarian Cooperation",
      articleCount: 4,
      claims: expectedClaims(),
      sources: [1, 2, 3, 4].map((number) => ({ number, outlet: null, title: null, url: null, publishedAt: null, incomplete: true })),
      timeline: [
        { date: "2026-01-12", precision: "day", text: expect.stringMatching(/^Japanese Prime Minister .* forced labourers\.$/), citations: [1] },
        { date: "2026-01-13", precision: "day", text: expect.stringMatching(/^At the opening of the Nara talks, .* elevate bilateral ties\.$/), citations: [3, 4] },
        { date: "2026-01-13", precision: "day", text: expect.stringMatching(/^The leaders endorse .* forced‑labour program\.$/), citations: [2] },
        { date: "2026-01-14", precision: "day", text: expect.stringMatching(/^The Nara summit concludes .* on a separate track\.$/), citations: [2] },
      ],
      warnings: [],
    });
    for (const c of json.claims) expect(Object.keys(c)).toEqual(["headline", "body", "citations"]);
    for (const t of json.timeline) expect(Object.keys(t)).toEqual(["date", "precision", "text", "citations"]);
    for (const t of json.timeline) expect(t.text).not.toMatch(/\[\d/);
    expect(await dumpDb()).toEqual(before);

    const two = cli("--dry-run", "--json", SEED, fixture("005_eu_court_meta.txt"));
    expect(two.code).toBe(0);
    const arr = JSON.parse(two.stdout);
    expect(arr.map((s: { file: string; articleCount: number }) => [s.file, s.articleCount])).toEqual([
      [SEED, 4],
      [fixture("005_eu_court_meta.txt"), 1],
    ]);
    expect(await dumpDb()).toEqual(before);
  });

  it("imports, published by default, and a second run reports it unchanged and writes nothing", async () => {
    const r = cli(SEED);
    expect([r.code, r.stderr]).toEqual([0, expect.stringMatching(/imported 1 file\(s\) in [\d.]+ s: 1 created, 0 updated, 0 unchanged/)]);
    expect(await prisma().publicStory.count()).toBe(1);
    const before = await dumpDb();
    const again = cli(SEED);
    expect([again.code, again.stderr]).toEqual([0, expect.stringMatching(/0 created, 0 updated, 1 unchanged/)]);
    expect(await dumpDb()).toEqual(before);
  });

  it("--feed and --draft: the story lands in that feed as an unpublished draft", async () => {
    const r = cli("--feed", "world-news", "--draft", SEED);
    expect(r.code).toBe(0);
    const story = await prisma().story.findFirstOrThrow({ include: { feeds: { include: { feed: true } } } });
    expect(story.status).toBe("DRAFT");
    expect(story.feeds.map((f) => [f.feed.slug, f.feed.name])).toEqual([["world-news", "World News"]]);
    expect(await prisma().publicStory.count()).toBe(0);
    expect(await prisma().storyUpdate.count()).toBe(0);
    expect(JSON.parse(cli("--dry-run", "--json", "--feed", "world-news", SEED).stdout).feed).toBe("world-news");
  });

  it("bad files: exit 1, `FILE:LINE: message` for each on stderr, and nothing written", async () => {
    cli(fixture("001_chile_earthquake.txt"));
    const before = await dumpDb();
    const date = tmp.write("bad-date.txt", seedText().replace(/Jan\u202f14\u202f2026/, "Jan 14 20x6"));
    const empty = tmp.write("empty.txt", "");
    const r = cli(SEED, date, empty);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(`${date}:29: unparseable timeline date "Jan 14 20x6"`);
    expect(lines).toContain(`${empty}:1: empty file`);
    expect(lines[lines.length - 1]).toBe("import failed: 2 error(s); nothing was written");
    expect(await dumpDb()).toEqual(before);
  });

  it("refuses contradictory or missing arguments with a usage message (exit 2)", () => {
    expect(cli("--publish", "--draft", SEED).code).toBe(2);
    const none = cli();
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining("usage: npm run import")]);
    expect(cli("--bogus", SEED).code).toBe(2);
  });

  it("a file that cannot be read is an error, not a crash", () => {
    const r = cli(path.join(tmp.dir, "nope.txt"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(tmp.dir, "nope.txt")}:0: cannot read file: ENOENT`);
    expect(fs.existsSync(path.join(tmp.dir, "nope.txt"))).toBe(false);
  });
});

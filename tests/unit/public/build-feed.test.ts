import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { renderFeed } from "@/lib/public/build-feed";
import type { StoryCardData } from "@/lib/public/types";

const stories: StoryCardData[] = [
  {
    storyId: "b",
    slug: "second-story",
    title: "Tokyo & Seoul <agree> on \"trust\"",
    firstHeadline: "Leaders meet in <Nara>",
    articleCount: 1,
    publishedAt: "2026-01-13T08:00:00.000Z",
    lastUpdatedAt: "2026-01-14T09:00:00.000Z",
  },
  {
    storyId: "a",
    slug: "first-story",
    title: "Earlier story",
    firstHeadline: null,
    articleCount: 4,
    publishedAt: "2026-01-10T08:00:00.000Z",
    lastUpdatedAt: "2026-01-11T09:00:00.000Z",
  },
];

// Feed readers treat these fields as HTML: decoding once must give back the original text.
const unhtml = (s: string | undefined) => (s ?? "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

const spec = { title: "Newsroom: World", description: "World news", pagePath: "/feeds/world", feedBase: "/feeds/world", stories };

describe("feed builders", () => {
  it("RSS 2.0 parses back with escaped titles, links and dates", async () => {
    const xml = renderFeed(spec, "rss");
    expect(xml).not.toContain("<agree>");
    expect(xml).not.toContain("<Nara>");
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe("Newsroom: World");
    expect(feed.link).toMatch(/\/feeds\/world$/);
    expect(feed.items).toHaveLength(2);
    expect(unhtml(feed.items[0].title)).toBe('Tokyo & Seoul <agree> on "trust"');
    expect(feed.items[0].link).toMatch(/\/stories\/second-story$/);
    expect(feed.items[0].guid).toMatch(/\/stories\/second-story$/);
    expect(unhtml(feed.items[0].content)).toBe("Leaders meet in <Nara> — Updated (1 article)");
    // RSS carries the last update as its one date, so a living story resurfaces when it changes.
    expect(new Date(feed.items[0].isoDate!).toISOString()).toBe("2026-01-14T09:00:00.000Z");
    expect(feed.items[1].content).toBe("Updated (4 articles)");
  });

  it("Atom parses back with ids, links and updated times", async () => {
    const xml = renderFeed(spec, "atom");
    expect(xml).not.toContain("<agree>");
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe("Newsroom: World");
    expect(feed.items).toHaveLength(2);
    expect(unhtml(feed.items[0].title)).toBe('Tokyo & Seoul <agree> on "trust"');
    expect(feed.items[0].link).toMatch(/\/stories\/second-story$/);
    expect(feed.items[0].id).toMatch(/\/stories\/second-story$/);
    // rss-parser reports Atom's <published> as the item date; <updated> is the last update.
    expect(new Date(feed.items[0].isoDate!).toISOString()).toBe("2026-01-13T08:00:00.000Z");
    expect(xml).toContain("<updated>2026-01-14T09:00:00.000Z</updated>");
    expect(xml).toContain("<published>2026-01-13T08:00:00.000Z</published>");
    expect(xml).toMatch(/<link[^>]+rel="self"[^>]+\/feeds\/world\/atom\.xml/);
  });

  it("Atom's untyped feed title is plain text: shown as typed, never double-escaped or markup", async () => {
    const name = 'Politics & <script>alert(1)</script> "x" ]]>';
    const xml = renderFeed({ ...spec, title: `Newsroom: ${name}`, description: `About ${name}` }, "atom");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("<title>Newsroom: Politics &amp; &lt;script&gt;alert(1)&lt;/script&gt;");
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe(`Newsroom: ${name}`);
  });

  it("an empty feed is still valid", async () => {
    const feed = await new Parser().parseString(renderFeed({ ...spec, stories: [] }, "rss"));
    expect(feed.items).toHaveLength(0);
  });
});

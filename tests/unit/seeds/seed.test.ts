import { describe, expect, it } from "vitest";
import { toImportJson } from "@/lib/seeds/to-import-json";
import { lineOf, readRepoFile, story } from "./helpers";

const FILE = "seeds/000_c5bc34af602a9b8c.txt";
const text = readRepoFile(FILE);
const s = story(text, FILE);
const NNBSP = "\u202f";
const NBH = "\u2011";

describe("seed 000: the Nara summit page", () => {
  it("reads the header", () => {
    expect(s.file).toBe(FILE);
    expect(s.feed).toBe("Top Headlines");
    expect(s.title).toBe(`Second Seoul${NBH}Tokyo Summit in Nara Deepens Security, Economic Ties and Humanitarian Cooperation`);
    expect(s.slug).toBeNull();
    expect(s.articleCount).toBe(4);
  });

  it("splits the five claim headlines exactly", () => {
    expect(s.claims.map((c) => c.headline)).toEqual([
      "Second Nara Summit Marks Continued Shuttle Diplomacy",
      "Cooperation Agenda Spans Denuclearization, Supply Chains, Crime",
      `China${NBH}Japan Tensions Frame Bilateral Dialogue`,
      "DNA Analysis Deal Targets Chosei Mine Victims",
      "Historical Issues Set Aside While Trust Building Continues",
    ]);
    expect(s.warnings).toEqual([]);
  });

  it("keeps each body from its first to its last word, citations removed", () => {
    const words = s.claims.map((c) => c.body.split(" "));
    expect(words.map((w) => w[0])).toEqual(["President", "Lee", "The", "The", "Both"]);
    expect(words.map((w) => w.slice(-3).join(" "))).toEqual([
      "deepening bilateral ties.",
      "into concrete projects.",
      "for regional stability.",
      "and scientific cooperation.",
      "unresolved past grievances.",
    ]);
    expect(s.claims[0].body.startsWith("President Lee Jae Myung arrived in Nara")).toBe(true);
    expect(s.claims[0].body).toContain(`two${NBH}day meeting`);
    expect(s.claims[0].body).toContain("Takaichi’s October inauguration");
    expect(s.claims[0].body).toContain("the two leaders. Their first encounter");
    expect(s.claims[1].body.startsWith("Lee and Takaichi agreed")).toBe(true);
    expect(s.claims[2].body.startsWith("The talks unfolded")).toBe(true);
    expect(s.claims[3].body.startsWith("The leaders endorsed")).toBe(true);
    expect(s.claims[4].body.startsWith("Both sides acknowledged")).toBe(true);
    for (const c of s.claims) {
      expect(c.body).not.toMatch(/\[\d+\]/);
      expect(c.body).not.toContain(`${NNBSP}.`);
      expect(c.body.endsWith(".")).toBe(true);
    }
  });

  it("collects each claim's citations", () => {
    expect(s.claims.map((c) => c.citations)).toEqual([[1, 2], [1, 3], [1, 2], [1, 4], [1, 2, 3, 4]]);
  });

  it("keeps citation positions in segments whose text is the body", () => {
    for (const c of s.claims) {
      expect(c.segments.map((g) => (g.type === "text" ? g.text : "")).join("")).toBe(c.body);
    }
    const first = s.claims[0].segments;
    expect(first[0]).toEqual({ type: "text", text: expect.stringMatching(/^President Lee .* between the two leaders$/) });
    expect(first.slice(1, 2)).toEqual([{ type: "cite", n: 1 }]);
    expect(first.filter((g) => g.type === "cite")).toEqual([
      { type: "cite", n: 1 },
      { type: "cite", n: 1 },
      { type: "cite", n: 2 },
      { type: "cite", n: 1 },
    ]);
    expect(first[first.length - 1]).toEqual({ type: "text", text: "." });
  });

  it("numbers claim lines as in the file", () => {
    expect(s.claims.map((c) => c.line)).toEqual([9, 11, 13, 15, 17]);
    expect(s.claims[2].line).toBe(lineOf(text, "Tensions Frame Bilateral Dialogue"));
  });

  it("makes four placeholder sources", () => {
    expect(s.sources).toHaveLength(4);
    s.sources.forEach((src, i) => {
      expect(src).toMatchObject({ number: i + 1, outlet: null, title: null, url: null, publishedAt: null, incomplete: true });
    });
  });

  it("reads the timeline with its narrow no-break spaces", () => {
    expect(s.timeline.map((t) => [t.date, t.precision, t.citations])).toEqual([
      ["2026-01-12", "day", [1]],
      ["2026-01-13", "day", [3, 4]],
      ["2026-01-13", "day", [2]],
      ["2026-01-14", "day", [2]],
    ]);
    expect(s.timeline.map((t) => t.line)).toEqual([23, 25, 27, 29]);
    expect(s.timeline[0].text.startsWith(`Japanese Prime Minister Sanae${NNBSP}Takaichi announces`)).toBe(true);
    expect(s.timeline[0].text.endsWith("including 136 Korean forced labourers.")).toBe(true);
    expect(s.timeline[0].text).toContain(`H\u014dry\u016b${NBH}ji temple`);
    expect(s.timeline[1].text).toContain("“cooperation between South Korea and Japan is more important than ever”");
    expect(s.timeline[1].text).toContain("into a weapon. Prime Minister Takaichi");
    for (const t of s.timeline) expect(t.segments.map((g) => (g.type === "text" ? g.text : "")).join("")).toBe(t.text);
  });

  it("gives the importer its exact JSON shape", () => {
    const json = toImportJson(s) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["file", "feed", "title", "articleCount", "claims", "sources", "timeline", "warnings"]);
    const claim = (json.claims as object[])[0];
    expect(Object.keys(claim)).toEqual(["headline", "body", "citations"]);
    expect(Object.keys((json.sources as object[])[0])).toEqual(["number", "outlet", "title", "url", "publishedAt", "incomplete"]);
    expect(Object.keys((json.timeline as object[])[0])).toEqual(["date", "precision", "text", "citations"]);
    expect(JSON.parse(JSON.stringify(json)).claims[4].citations).toEqual([1, 2, 3, 4]);
  });
});

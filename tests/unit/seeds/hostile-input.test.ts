import { describe, expect, it } from "vitest";
import { toImportJson } from "@/lib/seeds/to-import-json";
import { doc, errors, readRepoFile, story } from "./helpers";

const SEED = readRepoFile("seeds/000_c5bc34af602a9b8c.txt");
const reference = JSON.stringify(toImportJson(story(SEED, "x.txt")));
const same = (text: string) => expect(JSON.stringify(toImportJson(story(text, "x.txt")))).toBe(reference);

describe("hostile input: the seed in other clothes parses to the same story", () => {
  it("CRLF and lone CR line endings", () => {
    same(SEED.replace(/\n/g, "\r\n"));
    same(SEED.replace(/\n/g, "\r"));
  });
  it("a UTF-8 byte-order mark", () => same("\uFEFF" + SEED));
  it("trailing spaces, tabs and no-break spaces; indented lines; extra blank lines", () => {
    same(SEED.replace(/\n/g, " \t\u00a0\n"));
    same(SEED.replace(/\n(?=\S)/g, "\n   "));
    same(SEED.replace(/\n\n/g, "\n\n\n\n"));
  });
  it("no final newline, or many", () => {
    same(SEED.trimEnd());
    same(SEED + "\n\n\n");
  });
  it("keeps the same line numbers with CRLF", () => {
    const s = story(SEED.replace(/\n/g, "\r\n"));
    expect(s.claims.map((c) => c.line)).toEqual([9, 11, 13, 15, 17]);
    expect(s.timeline.map((t) => t.line)).toEqual([23, 25, 27, 29]);
  });
});

describe("hostile input: format variants", () => {
  it("a very long claim line (100 kB) parses, split and all", () => {
    const long = "very ".repeat(20_000);
    const s = story(SEED.replace("while deepening bilateral ties", `while deepening ${long}bilateral ties`));
    expect(s.claims[0].headline).toBe("Second Nara Summit Marks Continued Shuttle Diplomacy");
    expect(s.claims[0].body.length).toBeGreaterThan(100_000);
  });

  it("`1 article` in the singular, in both places", () => {
    const s = story(doc({ updated: "Updated (1 article)", sources: "Sources (1 article)", claims: ["Council Passes Budget The council approved the budget late on Tuesday [1]."], timeline: null }));
    expect([s.articleCount, s.sources.length, s.claims[0].citations]).toEqual([1, 1, [1]]);
  });

  it("citations `[1] [3]`, `[1][3]`, `[1, 3]` and with a narrow no-break space all read alike", () => {
    const cites = (c: string) => story(doc({ updated: "Updated (3 articles)", sources: "Sources (3 articles)", claims: [`Council Passes Budget The council approved the budget late on Tuesday${c}.`] })).claims[0];
    for (const c of [" [1] [3]", " [1][3]", "[1][3]", " [1, 3]", "\u202f[1]\u202f[3]"]) {
      const claim = cites(c);
      expect(claim.citations, c).toEqual([1, 3]);
      expect(claim.body, c).toBe("The council approved the budget late on Tuesday.");
    }
  });

  it("no Timeline section", () => {
    const s = story(doc({ timeline: null }));
    expect(s.timeline).toEqual([]);
    expect(s.warnings).toEqual([]);
  });

  it("no Sources section: placeholders from the Updated count, with a warning", () => {
    const s = story(doc({ sources: null }));
    expect(s.sources.map((x) => [x.number, x.incomplete])).toEqual([[1, true], [2, true]]);
    expect(s.warnings).toContain('no "Sources (N articles)" section');
  });

  it("source lines with missing trailing parts", () => {
    const s = story(
      doc({
        updated: "Updated (4 articles)",
        sources: "Sources (4 articles)",
        sourceLines: ["[1] Reuters", "[2] AP News — Budget passes after long night", "[3] BBC — Budget passes — https://bbc.co.uk/news/1", "[4] CNN — Budget vote — https://cnn.com/2 — 2026-03-03"],
      }),
    );
    expect(s.sources.map((x) => [x.number, x.outlet, x.title, x.url, x.publishedAt, x.incomplete])).toEqual([
      [1, "Reuters", null, null, null, true],
      [2, "AP News", "Budget passes after long night", null, null, true],
      [3, "BBC", "Budget passes", "https://bbc.co.uk/news/1", null, false],
      [4, "CNN", "Budget vote", "https://cnn.com/2", "2026-03-03", false],
    ]);
  });

  it("never keeps a javascript:, data: or ftp: link, nor hides it in the headline; warns instead", () => {
    const s = story(
      doc({
        updated: "Updated (4 articles)",
        sources: "Sources (4 articles)",
        sourceLines: [
          "[1] Evil — Click me — javascript:alert(document.cookie) — 2026-03-03",
          "[2] Data — Payload — data:text/html,<script>alert(1)</script>",
          "[3] Files — Archive — ftp://example.com/a",
          "[4] Site — Broken — https://",
        ],
      }),
    );
    expect(s.sources.map((x) => [x.outlet, x.title, x.url, x.incomplete])).toEqual([
      ["Evil", "Click me", null, true],
      ["Data", "Payload", null, true],
      ["Files", "Archive", null, true],
      ["Site", "Broken", null, true],
    ]);
    expect(JSON.stringify({ ...s, warnings: [] })).not.toMatch(/javascript:|data:text|ftp:/);
    expect(s.warnings.filter((w) => /not an http\(s\) address; dropped/.test(w))).toHaveLength(4);
  });

  it("takes www.… as https://www.…, with a warning", () => {
    const s = story(doc({ updated: "Updated (1 article)", sources: "Sources (1 article)", sourceLines: ["[1] Site — Headline — www.example.com/a"], claims: ["Council Passes Budget The council approved the budget late on Tuesday [1]."] }));
    expect(s.sources[0].url).toBe("https://www.example.com/a");
    expect(s.warnings).toEqual([expect.stringMatching(/taken as https:\/\/www\.example\.com\/a/)]);
  });

  it("refuses the same article listed twice, at the second line", () => {
    const text = doc({ sourceLines: ["[1] Site — Headline — https://example.com/a", "[2] Site — Again — https://www.example.com/a/?utm_source=x"] });
    expect(errors(text)).toEqual([{ file: "test.txt", line: text.split("\n").findIndex((l) => l.startsWith("[2]")) + 1, message: expect.stringMatching(/source \[2\] is the same article as source \[1\]/) }]);
  });

  it("refuses an absurd article count instead of making millions of placeholders", () => {
    const text = doc({ updated: "Updated (99999999 articles)", sources: "Sources (99999999 articles)" });
    expect(errors(text)).toEqual([{ file: "test.txt", line: 7, message: "99999999 articles is more than a story can hold (300)" }]);
  });

  it("citation [0] is an error at its line", () => {
    expect(errors(doc({ claims: ["Council Passes Budget The council approved the budget late on Tuesday [0]."] }))).toEqual([
      { file: "test.txt", line: 9, message: "claim 1 cites [0] but the story has 2 article(s)" },
    ]);
  });

  it("keeps markup as text: nothing is interpreted as HTML", () => {
    const s = story(doc({ claims: ["Council Passes Budget The council approved <b>the</b> budget <script>x()</script> on Tuesday [1]."] }));
    expect(s.claims[0].body).toBe("The council approved <b>the</b> budget <script>x()</script> on Tuesday.");
  });
});

import { describe, expect, it } from "vitest";
import { HL_START, HL_STOP, MAX_QUERY_LENGTH, normalizeQuery, splitHighlights } from "@/lib/public/search-query";

describe("search input", () => {
  it("trims, collapses whitespace and keeps ordinary text", () => {
    expect(normalizeQuery("  Nara   summit ")).toEqual({ q: "Nara summit", truncated: false });
    expect(normalizeQuery(["first", "second"]).q).toBe("first");
    expect(normalizeQuery(undefined).q).toBe("");
  });

  it("removes NUL, control characters, lone surrogates and replacement characters", () => {
    expect(normalizeQuery("a\u0000b\u0007c").q).toBe("a b c");
    expect(normalizeQuery("x\uD800y\uDC00z").q).toBe("xyz");
    expect(normalizeQuery("bad\uFFFDbytes").q).toBe("bad bytes");
    expect(normalizeQuery(`${HL_START}sneaky${HL_STOP}`).q).toBe("sneaky");
    expect(normalizeQuery("emoji 😀 ok").q).toBe("emoji 😀 ok");
  });

  it("caps very long queries without splitting a character", () => {
    const r = normalizeQuery("😀".repeat(MAX_QUERY_LENGTH + 50));
    expect(r.truncated).toBe(true);
    expect(Array.from(r.q)).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("keeps SQL metacharacters as plain text (they are bound parameters)", () => {
    expect(normalizeQuery("'; DROP TABLE \"PublicStory\"; --").q).toBe("'; DROP TABLE \"PublicStory\"; --");
  });

  it("splits highlight sentinels into parts, never HTML", () => {
    expect(splitHighlights(`The ${HL_START}Nara${HL_STOP} <b>summit</b>`)).toEqual([
      { text: "The ", hit: false },
      { text: "Nara", hit: true },
      { text: " <b>summit</b>", hit: false },
    ]);
    expect(splitHighlights("")).toEqual([]);
    expect(splitHighlights(`${HL_START}a${HL_STOP}${HL_START}b${HL_STOP}`)).toEqual([
      { text: "a", hit: true },
      { text: "b", hit: true },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/public/cursor";
import { olderPath } from "@/lib/public/site";

describe("keyset cursor", () => {
  it("round-trips timestamp and id exactly (millisecond precision)", () => {
    const c = { lastUpdatedAt: new Date("2026-01-14T09:30:12.345Z"), storyId: "cmabc123xyz" };
    const s = encodeCursor(c);
    expect(s).toMatch(/^[0-9a-z]+\.cmabc123xyz$/);
    expect(encodeURIComponent(s)).toBe(s);
    expect(decodeCursor(s)).toEqual(c);
  });

  it("rejects malformed cursors", () => {
    for (const bad of ["", ".", "abc", ".id", "zz.", "-1.id", "1.2.3;DROP", "1.id'--", "1." + "a".repeat(80), "zzzzzzzzzzzzz.id", "1.<script>", null, undefined, 42, ["1.a"]]) {
      expect(decodeCursor(bad as unknown)).toBeNull();
    }
  });

  it("later pages are paths under their listing", () => {
    const s = encodeCursor({ lastUpdatedAt: new Date(0), storyId: "a" });
    expect(olderPath("/", s)).toBe(`/older/${s}`);
    expect(olderPath("/feeds/world", s)).toBe(`/feeds/world/older/${s}`);
  });
});

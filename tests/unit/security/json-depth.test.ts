import { describe, expect, it } from "vitest";
import { jsonDeeperThan } from "@/lib/security/json-depth";

describe("jsonDeeperThan", () => {
  it("counts arrays and objects, not brackets inside strings", () => {
    expect(jsonDeeperThan('[{"a":[1]}]', 3)).toBe(false);
    expect(jsonDeeperThan('[{"a":[[1]]}]', 3)).toBe(true);
    expect(jsonDeeperThan(`["${"[".repeat(1000)}"]`, 2)).toBe(false);
    expect(jsonDeeperThan(`["\\"${"{".repeat(10)}"]`, 2)).toBe(false);
  });
  it("handles 10,000 levels without recursion", () => {
    expect(jsonDeeperThan("[".repeat(10_000) + "]".repeat(10_000), 64)).toBe(true);
  });
});

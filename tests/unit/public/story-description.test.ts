import { describe, expect, it } from "vitest";
import { paragraphsToText, storyDescription, truncateWords } from "@/lib/public/story-description";

describe("story description", () => {
  it("drops citations without leaving a space before punctuation", () => {
    expect(paragraphsToText([[{ t: "text", text: "Leaders met\u202f" }, { t: "cite", n: 1 }, { t: "text", text: ". Then " }, { t: "cite", n: 2 }, { t: "text", text: "more, " }]])).toBe(
      "Leaders met. Then more,",
    );
  });

  it("cuts long text at a word boundary with an ellipsis", () => {
    expect(truncateWords("one two three four five", 12)).toBe("one two…");
    expect(truncateWords("short", 12)).toBe("short");
  });

  it("falls back to the first headline, then the title", () => {
    expect(storyDescription({ title: "T", firstHeadline: "H", view: { claims: [] } })).toBe("H");
    expect(storyDescription({ title: "T", firstHeadline: null, view: { claims: [] } })).toBe("T");
  });
});

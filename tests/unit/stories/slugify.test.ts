import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/stories/slugify";

describe("slugify", () => {
  it("folds the seed title, with its non-breaking hyphen, to ASCII kebab-case", () => {
    expect(slugify("Second Seoul\u2011Tokyo Summit in Nara Deepens Security, Economic Ties and Humanitarian Cooperation")).toBe(
      "second-seoul-tokyo-summit-in-nara-deepens-security-economic-ties-and-humanitarian-cooperation",
    );
  });
  it("keeps possessives whole and folds letters NFKD leaves alone", () => {
    expect(slugify("Takaichi\u2019s Reply")).toBe("takaichis-reply");
    expect(slugify("Straße, Ærø and Łódź")).toBe("strasse-aero-and-lodz");
    expect(slugify("Café Müller & Søn")).toBe("cafe-muller-and-son");
  });
  it("is never empty and never longer than 100 characters, cut at a word", () => {
    expect(slugify("!!!")).toBe("story");
    const long = slugify("word ".repeat(60) + "of the");
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(long).not.toMatch(/-(of|the)$/);
  });
});

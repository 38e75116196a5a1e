import { describe, expect, it } from "vitest";
import { diffPublicView } from "@/lib/stories/diff-public-view";
import type { PublicSource, PublicStoryView } from "@/lib/stories/public-view";

const placeholder = (n: number): PublicSource => ({ n, outlet: null, title: null, url: null, publishedAt: null, incomplete: true });
const article = (n: number, url = `https://example.com/${n}`): PublicSource => ({ n, outlet: `Outlet ${n}`, title: `Article ${n}`, url, publishedAt: null, incomplete: false });

function view(sources: PublicSource[], claims = [{ id: "c1", headline: "One", body: [[{ t: "cite" as const, n: 1 }]] }]): PublicStoryView {
  return { title: "Story", slug: "story", articleCount: sources.length, feeds: [], claims, sources, timeline: [] };
}

describe("diffPublicView: articles", () => {
  it("counts a new URL as an added article", () => {
    const d = diffPublicView(view([article(1), article(2)]), view([article(1), article(2), article(3)]));
    expect(d).toMatchObject({ changed: true, articlesAdded: 1, sectionsChanged: [] });
  });

  it("does not count completed placeholders as added articles, and says they were completed", () => {
    const before = view([placeholder(1), placeholder(2), placeholder(3), placeholder(4)]);
    const after = view([article(1), article(2), article(3), article(4)]);
    expect(diffPublicView(before, after)).toMatchObject({ changed: true, articlesAdded: 0, sectionsAdded: [], sectionsChanged: ["Details of 4 sources completed"] });
  });

  it("counts an article added while a placeholder is completed", () => {
    const d = diffPublicView(view([placeholder(1), article(2)]), view([article(1), article(2), article(3)]));
    expect(d).toMatchObject({ articlesAdded: 1, sectionsChanged: ["Details of 1 source completed"] });
  });

  it("a replaced article is an added one; a corrected headline is a change to the sources", () => {
    expect(diffPublicView(view([article(1)]), view([article(1, "https://example.com/other")])).articlesAdded).toBe(1);
    const fixed = { ...article(1), title: "Better headline" };
    expect(diffPublicView(view([article(1)]), view([fixed]))).toMatchObject({ changed: true, articlesAdded: 0, sectionsChanged: ["Sources"] });
  });

  it("no difference, no change", () => {
    expect(diffPublicView(view([article(1)]), view([article(1)]))).toEqual({ changed: false, articlesAdded: 0, sectionsAdded: [], sectionsChanged: [] });
  });
});

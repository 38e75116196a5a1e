import { describe, expect, it } from "vitest";
import { newsArticleJsonLd, serializeJsonLd } from "@/lib/public/json-ld";

describe("JSON-LD", () => {
  it("escapes characters that could close the script element", () => {
    const data = { headline: "</script><script>alert(1)</script> & <!-- \u2028 \u2029" };
    const out = serializeJsonLd(data);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(out)).toEqual(data);
  });

  it("describes a NewsArticle with its dates and cited sources", () => {
    const ld = newsArticleJsonLd({
      slug: "nara-summit",
      title: "Summit in Nara",
      publishedAt: "2026-01-13T10:00:00.000Z",
      lastUpdatedAt: "2026-01-14T10:00:00.000Z",
      description: "Leaders met.",
      view: {
        feeds: [{ slug: "world", name: "World" }],
        sources: [
          { n: 1, outlet: "Kyodo", title: "Leaders meet", url: "https://example.com/a", publishedAt: "2026-01-13", incomplete: false },
          { n: 2, outlet: null, title: null, url: null, publishedAt: null, incomplete: true },
        ],
      },
    });
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe("Summit in Nara");
    expect(ld.datePublished).toBe("2026-01-13T10:00:00.000Z");
    expect(ld.dateModified).toBe("2026-01-14T10:00:00.000Z");
    expect(ld.url).toMatch(/\/stories\/nara-summit$/);
    expect(ld.citation).toEqual([
      { "@type": "CreativeWork", name: "Leaders meet", url: "https://example.com/a", publisher: { "@type": "Organization", name: "Kyodo" }, datePublished: "2026-01-13" },
    ]);
  });

  it("drops source URLs that are not web addresses (javascript:, data:, file:)", () => {
    const src = (n: number, url: string) => ({ n, outlet: "O", title: `T${n}`, url, publishedAt: null, incomplete: false });
    const ld = newsArticleJsonLd({
      slug: "s",
      title: "T",
      publishedAt: "2026-01-13T10:00:00.000Z",
      lastUpdatedAt: "2026-01-13T10:00:00.000Z",
      description: null,
      view: { feeds: [], sources: [src(1, "javascript:alert(1)"), src(2, " data:text/html,<script>x</script>"), src(3, "file:///etc/passwd"), src(4, "https://example.com/ok")] },
    });
    expect((ld.citation as { url?: string }[]).map((c) => c.url)).toEqual([undefined, undefined, undefined, "https://example.com/ok"]);
  });
});

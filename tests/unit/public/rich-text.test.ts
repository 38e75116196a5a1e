import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/public/RichText";
import type { PublicParagraph, PublicSource } from "@/lib/stories/public-view";

const sources = new Map<number, PublicSource>([
  [1, { n: 1, outlet: "Kyodo", title: "Leaders meet in Nara", url: "https://example.com/a", publishedAt: "2026-01-13", incomplete: false }],
  [2, { n: 2, outlet: null, title: null, url: null, publishedAt: null, incomplete: true }],
]);

function render(paragraphs: unknown): string {
  return renderToStaticMarkup(createElement(RichText, { paragraphs: paragraphs as PublicParagraph[], sources, idPrefix: "c1" }));
}

describe("RichText whitelist renderer", () => {
  it("renders text, bold, italic and safe links", () => {
    const html = render([
      [
        { t: "text", text: "plain " },
        { t: "text", text: "bold", bold: true },
        { t: "text", text: "both", bold: true, italic: true },
        { t: "text", text: "site", href: "https://example.com/x?a=1&b=2" },
        { t: "text", text: "mail", href: "mailto:desk@example.com" },
      ],
    ]);
    expect(html).toContain("<p>plain <strong>bold</strong><strong><em>both</em></strong>");
    expect(html).toContain('<a href="https://example.com/x?a=1&amp;b=2" rel="noopener noreferrer nofollow">site</a>');
    expect(html).toContain('<a href="mailto:desk@example.com" rel="noopener noreferrer nofollow">mail</a>');
  });

  it("drops javascript:, data: and relative links but keeps their text", () => {
    const html = render([
      [
        { t: "text", text: "one", href: "javascript:alert(1)" },
        { t: "text", text: "two", href: " JaVaScRiPt:alert(1)" },
        { t: "text", text: "three", href: "data:text/html,<script>alert(1)</script>" },
        { t: "text", text: "four", href: "/relative" },
        { t: "text", text: "five", href: "vbscript:x" },
      ],
    ]);
    expect(html).toBe("<p>onetwothreefourfive</p>");
  });

  it("escapes text and ignores unknown nodes and attributes", () => {
    const html = render([
      [
        { t: "text", text: '<img src=x onerror="alert(1)"> & </p>' },
        { t: "html", html: "<script>alert(1)</script>" },
        { t: "text", text: "x", onclick: "alert(1)", style: "color:red" },
        null,
        "raw string",
      ],
    ]);
    expect(html).toBe("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;/p&gt;x</p>");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onclick");
  });

  it("renders citations as links to the numbered source with an accessible preview", () => {
    const html = render([[{ t: "text", text: "Claim." }, { t: "cite", n: 1 }, { t: "cite", n: 2 }, { t: "cite", n: -3 }]]);
    expect(html).toContain('<a class="cite-link" href="#source-1" aria-describedby="tip-c1-0-1">[1]</a>');
    expect(html).toContain('<span class="cite-tip" role="tooltip" id="tip-c1-0-1">Kyodo: Leaders meet in Nara</span>');
    expect(html).toContain('href="#source-2"');
    expect(html).toContain("Source 2: details pending");
    expect(html).not.toContain("source--3");
  });

  it("renders hard breaks and survives a malformed document", () => {
    expect(render([[{ t: "text", text: "a" }, { t: "br" }, { t: "text", text: "b" }]])).toBe("<p>a<br/>b</p>");
    expect(render(null)).toBe("");
    expect(render([null])).toBe("<p></p>");
  });
});

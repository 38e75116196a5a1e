import { expect, type Page } from "@playwright/test";

// Checks of the machine-read documents: JSON-LD inside story pages, and RSS, Atom and the sitemap.
// Parsing happens in Chromium's own DOMParser: a strict XML parser (malformed XML gives a
// <parsererror>), and an inert HTML parser for the HTML-typed text feed readers will render.

const WEB_URL = /^https?:\/\//i;

/** Every URL-valued field in a JSON-LD object. */
function jsonLdUrls(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => jsonLdUrls(x, out));
  else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      if ((k === "url" || k === "@id") && typeof x === "string") out.push(x);
      else jsonLdUrls(x, out);
    }
  return out;
}

/**
 * The raw HTML, as a crawler reads it: every ld+json block must end where it was meant to (so it
 * parses as JSON) and carry the title and outlets unchanged; it may hold no web-unsafe URL.
 */
export async function expectJsonLdIntact(page: Page, path: string, title: string, outlets: string[]): Promise<void> {
  const html = await (await page.request.get(path)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script/gi)].map((m) => m[1]);
  expect(blocks.length, "JSON-LD blocks").toBeGreaterThan(0);
  expect(await page.locator('script[type="application/ld+json"]').count(), "ld+json elements in the DOM").toBe(blocks.length);
  const article = blocks.map((b) => JSON.parse(b) as Record<string, unknown>).find((d) => d["@type"] === "NewsArticle");
  expect(article, "NewsArticle JSON-LD").toBeTruthy();
  expect(article!.headline).toBe(title.slice(0, 110));
  const citations = (article!.citation ?? []) as { publisher?: { name?: string } }[];
  if (outlets.length) expect(citations.map((c) => c.publisher?.name)).toEqual(outlets);
  expect(jsonLdUrls(article).filter((u) => !WEB_URL.test(u))).toEqual([]);
}

interface ParsedXml {
  error: string | null;
  elements: string[];
  titles: string[];
  markupInText: string[];
  urls: string[];
}

function parseInBrowser([xml, kind]: [string, string]): ParsedXml {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const err = doc.getElementsByTagName("parsererror")[0];
  if (err) return { error: err.textContent ?? "parse error", elements: [], titles: [], markupInText: [], urls: [] };
  const all = Array.from(doc.getElementsByTagName("*"));
  // RSS descriptions and Atom type="html" text are HTML to a feed reader: decode it once, inertly.
  const asHtml = (s: string) => new DOMParser().parseFromString(s, "text/html").body;
  const htmlText = all.filter((e) => ["title", "description", "summary", "content", "subtitle"].includes(e.localName));
  // Atom text without type="html" is plain text: readers show it as it is, markup characters too.
  const isHtml = (e: Element) => kind !== "atom" || e.getAttribute("type") === "html";
  const titleOf = (e: Element) => (isHtml(e) ? (asHtml(e.textContent ?? "").textContent ?? "") : (e.textContent ?? ""));
  return {
    error: null,
    elements: [...new Set(all.map((e) => e.localName))],
    titles: htmlText.filter((e) => e.localName === "title").map(titleOf),
    markupInText: htmlText.filter((e) => isHtml(e) && asHtml(e.textContent ?? "").children.length > 0).map((e) => e.textContent ?? ""),
    urls: [
      ...all.filter((e) => e.hasAttribute("href")).map((e) => e.getAttribute("href") ?? ""),
      ...all.filter((e) => ["link", "guid", "id", "loc", "url"].includes(e.localName) && !e.children.length && e.textContent).map((e) => e.textContent!.trim()),
    ],
  };
}

/** Well-formed, nothing but the format's own elements, payloads as text, links only to the web. */
export async function expectXmlDocumentSafe(page: Page, path: string, kind: "rss" | "atom" | "sitemap", titles: string[], feedName?: string): Promise<void> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  const parsed = await page.evaluate(parseInBrowser, [await res.text(), kind] as [string, string]);
  expect(parsed.error, `${path} is not well-formed XML`).toBeNull();
  const foreign = parsed.elements.filter((n) => ["script", "img", "svg", "iframe", "a", "style", "object", "embed", "html", "body", "math"].includes(n.toLowerCase()));
  expect(foreign, `markup elements in ${path}`).toEqual([]);
  expect(parsed.markupInText, `text of ${path} that a feed reader would render as markup`).toEqual([]);
  expect(titles.filter((t) => !parsed.titles.includes(t)), `titles missing from ${path}`).toEqual([]);
  if (feedName) expect(parsed.titles.some((t) => t.endsWith(feedName)), `feed name in ${path}`).toBe(true);
  expect(parsed.urls.length).toBeGreaterThan(0);
  expect(parsed.urls.filter((u) => !WEB_URL.test(u)), `non-web links in ${path}`).toEqual([]);
}

import { expect, test, type Page } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { saveStory } from "../../../lib/stories/save-story";
import { HOSTILE_HREFS, pack, QUOTED_HREF, XSS_PAYLOADS } from "../../fixtures/xss-payloads";
import { signIn } from "../helpers";
import { actor } from "../history/fixtures";
import { MARKER, removeXssStories, seedXssWorld, type XssWorld } from "./xss-fixtures";
import { armPage, expectNothingRan, expectTextShown, expectValuesShown, type Probe } from "./xss-probe";
import { expectJsonLdIntact, expectXmlDocumentSafe } from "./xss-documents";

// The XSS corpus in every editor-controlled field, rendered on every page that shows it: nothing
// may run, and every payload must be shown as the literal text the editor typed.

// Not serial on purpose: after a failure Playwright starts a new worker, beforeAll seeds a fresh
// world (stamped names), and the remaining tests still run and report.
test.setTimeout(120_000);

let world: XssWorld;
const fit = (max: number) => XSS_PAYLOADS.filter((p) => p.trim().length <= max);
const trimmed = (max: number) => fit(max).map((p) => p.trim());

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await seedXssWorld();
});
test.afterAll(async () => {
  if (world) await removeXssStories(world);
});

/** Loads each path in one armed page and checks it after load. */
async function visit(page: Page, probe: Probe, path: string, literals: readonly string[] = []): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await page.waitForLoadState("load");
  await expectNothingRan(page, probe);
  if (literals.length) await expectTextShown(page, literals);
}

test("the schema refuses javascript:, data: and other non-web links and source URLs", async () => {
  const ed = await actor("editor");
  for (const href of HOSTILE_HREFS) {
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }, { type: "citation", attrs: { sourceId: "s" } }] }] };
    const doc = (url: string) => ({ title: "Refused", feedSlugs: [], sources: [{ key: "s", url, outlet: "O", title: "T" }], claims: [{ headline: "H", body }], timeline: [] });
    await expect(saveStory(ed, { document: doc("https://example.org/ok") }), href).rejects.toThrow(/links must be http, https or mailto/);
    await expect(saveStory(ed, { document: { ...doc(href), claims: [] } }), href).rejects.toThrow(/URL must start with http/);
  }
  // NUL cannot be stored by PostgreSQL: the save fails as a whole (runAction reports it as a
  // generic failure) and nothing is written.
  const before = await prisma().story.count();
  await expect(saveStory(ed, { document: { title: "NUL\u0000<script>window.__xss=1</script>", feedSlugs: [], sources: [], claims: [], timeline: [] } })).rejects.toThrow();
  expect(await prisma().story.count()).toBe(before);
});

test("public story page: every field shown as text, links kept whole, JSON-LD intact", async ({ page }) => {
  const probe = await armPage(page);
  const main = world.stories[0];
  const inMain = trimmed(200);
  const feedNames = world.feeds.slice(0, 20).map((f) => f.name);
  await visit(page, probe, `/stories/${main.slug}`, [main.title, ...inMain, ...XSS_PAYLOADS, ...feedNames, ...world.corrections]);
  // Claim headlines, outlets and source headlines each in their own element, exactly.
  expect(await page.locator(".claim-headline").evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent ?? ""))).toEqual(inMain);
  const outlets = await page.locator(".source-outlet").allTextContents();
  expect(outlets).toEqual(inMain);
  // Every link in the claims is the one https link, its quotes kept inside the attribute.
  const claimHrefs = await page.locator(".claim a[href]:not(.cite-link)").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(claimHrefs.length).toBe(inMain.length);
  expect(new Set(claimHrefs)).toEqual(new Set([QUOTED_HREF]));
  await expectJsonLdIntact(page, `/stories/${main.slug}`, main.title, inMain);
});

test("hostile hrefs written past the schema never become links (renderer allow-list)", async ({ page }) => {
  const probe = await armPage(page);
  await visit(page, probe, `/stories/${world.bypass.slug}`, ["hostile link 0", "Hostile source 0"]);
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((h) => !/^(https?:|#|\/)/i.test(h.trim()))).toEqual([]);
  await expectJsonLdIntact(page, `/stories/${world.bypass.slug}`, world.bypass.title, []);
});

test("home, feed list, feed pages and search show hostile titles and names as text", async ({ page }) => {
  const probe = await armPage(page);
  const titles = world.stories.map((s) => s.title);
  await visit(page, probe, "/", titles);
  await visit(page, probe, "/feeds", world.feeds.map((f) => f.name));
  for (const f of world.feeds) await visit(page, probe, `/feeds/${f.slug}`, [f.name]);
  await visit(page, probe, `/search?q=${MARKER}`, titles);
  // Reflected: the query itself is hostile.
  for (const q of pack(fit(190), 200, " ")) {
    await visit(page, probe, `/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByLabel("Search published stories")).toHaveValue(q.trim().replace(/\s+/g, " "));
  }
});

test("admin: stories list, editor, preview, history, users, feeds and audit show payloads as text", async ({ page }) => {
  const probe = await armPage(page);
  await signIn(page, "admin");
  const main = world.stories[0];
  await visit(page, probe, "/admin", world.stories.map((s) => s.title));
  await visit(page, probe, `/admin/stories/${main.id}`);
  await expect(page.locator(".ProseMirror").first()).toBeVisible();
  await expectNothingRan(page, probe);
  await expectValuesShown(page, "input", [main.title, ...trimmed(200)]);
  await expectTextShown(page, XSS_PAYLOADS, "main"); // claim and timeline bodies in tiptap, sources
  await visit(page, probe, `/admin/stories/${main.id}/preview`, [main.title, ...XSS_PAYLOADS]);
  await visit(page, probe, `/admin/stories/${main.id}/history`, [world.users[0].name, ...world.corrections]);
  await visit(page, probe, "/admin/users", world.users.map((u) => u.name));
  await visit(page, probe, "/admin/feeds");
  await expectValuesShown(page, "input", world.feeds.map((f) => f.name));
  await visit(page, probe, "/admin/audit?action=feed.create", world.feeds.map((f) => f.name));
  // A data: source URL written past the schema: the editor shows it, but not as a link.
  await visit(page, probe, `/admin/stories/${world.bypass.id}`, ["data:text/html,<script>window.__xss=1</script>"]);
});

test("RSS, Atom and the sitemap are well-formed XML with payloads as escaped text only", async ({ page }) => {
  await page.goto("/feeds");
  const titles = world.stories.map((s) => s.title);
  await expectXmlDocumentSafe(page, "/rss.xml", "rss", titles);
  await expectXmlDocumentSafe(page, "/atom.xml", "atom", titles);
  const f = world.feeds[0];
  await expectXmlDocumentSafe(page, `/feeds/${f.slug}/rss.xml`, "rss", [world.stories[0].title], f.name);
  await expectXmlDocumentSafe(page, `/feeds/${f.slug}/atom.xml`, "atom", [world.stories[0].title], f.name);
  await expectXmlDocumentSafe(page, "/sitemap.xml", "sitemap", []);
});

test("trash: deleted hostile stories and their deleter's name are shown as text", async ({ page }) => {
  const probe = await armPage(page);
  await removeXssStories(world);
  await signIn(page, "admin");
  await visit(page, probe, "/admin/trash", [...world.stories.map((s) => s.title), world.users[0].name]);
});

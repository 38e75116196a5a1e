import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";
import { addSource, citeWithPicker, claim, openPublic, publish, timelineEntry, typeInto } from "./admin-helpers";

// Issue 5, "Done when" line 1: an editor builds a story from nothing, publishes it, then updates
// it with a third article, and readers see each step.

test.describe.configure({ mode: "serial" });

const TITLE = `Harbour bridge closes after storm damage ${Date.now().toString(36)}`;

test("an editor creates, cites, publishes and updates a story that readers see", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "editor");
  await page.getByRole("link", { name: "New story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New story" })).toBeVisible();

  await page.getByLabel("Title", { exact: true }).fill(TITLE);
  const topHeadlines = page.getByRole("checkbox", { name: "Top Headlines" });
  if (await topHeadlines.count()) await topHeadlines.check();

  // Two sources.
  await addSource(page, { url: "https://example.org/news/bridge-storm", outlet: "Harbour Herald", headline: "Storm batters harbour bridge", date: "2026-01-12" });
  await addSource(page, { url: "https://example.net/city/bridge-closed", outlet: "City Wire", headline: "Bridge shut for inspection", date: "2026-01-13" });
  const sources = page.getByRole("region", { name: "Sources", exact: true }).getByRole("listitem");
  await expect(sources).toHaveCount(2);

  // Claim 1: citations typed as [1] and [2] become citation nodes.
  await page.getByRole("button", { name: "Add claim" }).click();
  const c1 = claim(page, 1);
  await expect(c1.headline).toBeFocused();
  await c1.headline.fill("Storm damages the harbour bridge");
  await typeInto(c1.text, "High winds tore panels from the bridge overnight [1]. Engineers found cracked bearings [2].");
  await expect(c1.text.locator("[data-citation]")).toHaveText(["[1]", "[2]"]);

  // Claim 2: citations chosen in the picker, by outlet and by number.
  await page.getByRole("button", { name: "Add claim" }).click();
  const c2 = claim(page, 2);
  await c2.headline.fill("City closes the bridge for inspection");
  await typeInto(c2.text, "The city closed the bridge to all traffic on Tuesday.");
  await citeWithPicker(page, c2.region, "City Wire", /\[2\] City Wire/);
  await typeInto(c2.text, " Ferries will run extra services.");
  await citeWithPicker(page, c2.region, "1", /\[1\] Harbour Herald/);
  await expect(c2.text.locator("[data-citation]")).toHaveText(["[2]", "[1]"]);

  // A timeline entry.
  await page.getByRole("button", { name: "Add timeline entry" }).click();
  const t1 = timelineEntry(page, 1);
  await t1.date.fill("2026-01-12");
  await t1.date.blur();
  await typeInto(t1.text, "The storm reaches the coast [1].");
  await expect(t1.text.locator("[data-citation]")).toHaveText(["[1]"]);

  await expect(page.getByRole("heading", { name: "Ready to publish" })).toBeVisible();
  await publish(page);
  await expect(page).toHaveURL(/\/admin\/stories\/[^/]+$/);
  const editorUrl = page.url();
  const slug = (await page.getByRole("link", { name: "View the public page" }).getAttribute("href"))!.replace("/stories/", "");
  expect(slug).toMatch(/^harbour-bridge-closes-after-storm-damage/);

  // Readers: "Updated (2 articles)", citations that lead to their numbered source.
  await openPublic(page, slug, /Updated \(2 articles\)/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole("heading", { name: "Sources (2 articles)" })).toBeVisible();
  const cites = page.locator(".claim .cite-link");
  await expect(cites).toHaveText(["[1]", "[2]", "[2]", "[1]"]);
  await cites.nth(1).click();
  await expect(page).toHaveURL(/#source-2$/);
  await expect(page.locator("#source-2")).toContainText("City Wire");
  await expect(page.locator("#source-2").getByRole("link")).toHaveAttribute("href", "https://example.net/city/bridge-closed");
  await expect(page.locator(".timeline .cite-link")).toHaveText(["[1]"]);

  // The editor adds a third article and a claim citing it, and publishes again.
  await page.goto(editorUrl);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(TITLE);
  await addSource(page, { url: "https://example.com/transport/bridge-reopening", outlet: "Transit Daily", headline: "Bridge to reopen in March", date: "2026-01-14" });
  await page.getByRole("button", { name: "Add claim" }).click();
  const c3 = claim(page, 3);
  await c3.headline.fill("Repairs expected to take two months");
  await typeInto(c3.text, "Officials expect the bridge to reopen in March [3].");
  await expect(c3.text.locator("[data-citation]")).toHaveText(["[3]"]);
  await publish(page);

  await openPublic(page, slug, /Updated \(3 articles\)/);
  await expect(page.getByRole("heading", { name: "Sources (3 articles)" })).toBeVisible();
  await expect(page.locator("#source-3")).toContainText("Transit Daily");
  const log = page.getByRole("region", { name: "What changed" });
  const latest = log.locator(".update").first();
  await expect(latest).toContainText("Updated");
  await expect(latest).toContainText("1 article added (3 in total)");
  await expect(latest).toContainText("New: Repairs expected to take two months");
  await expect(log.locator(".update").nth(1)).toContainText("Published");

  // The home feed lists the story first.
  await page.goto("/");
  await expect(page.locator("article.card .card-title a").first()).toHaveText(TITLE);
});

test("the editor unpublishes the story and readers no longer find it", async ({ page }) => {
  await signIn(page, "editor");
  await page.getByLabel("Search titles").fill(TITLE);
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.locator(".editor-state").getByText("Published", { exact: true })).toBeVisible();
  const slug = (await page.getByLabel("Slug").inputValue()).trim();
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unpublished: the story is off the public site." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unpublish" })).toHaveCount(0);
  await expect(async () => {
    const res = await page.request.get(`/stories/${slug}`);
    expect(res.status()).toBe(404);
  }).toPass({ timeout: 20_000 });
  await page.goto("/");
  await expect(page.getByRole("link", { name: TITLE })).toHaveCount(0);
});

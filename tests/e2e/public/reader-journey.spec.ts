import { expect, test } from "@playwright/test";
import { SEED_SLUG } from "../helpers";

// Home → story → citation → source entry, the path every reader takes; plus the bits of the
// story page that must work without JavaScript and the "New since your last visit" markers.

test("home lists the seed story and leads to its page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Top Headlines" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Sections" });
  await expect(nav.getByRole("link", { name: "Top Headlines" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Feeds" })).toBeVisible();

  const card = page.locator("article.card", { has: page.locator(`a[href="/stories/${SEED_SLUG}"]`) });
  await expect(card).toHaveCount(1);
  await expect(card.locator(".meta")).toContainText(/Updated \(\d+ articles?\)/);
  await expect(card.locator("time[datetime]")).toHaveCount(1);
  const title = (await card.locator(".card-title a").textContent())!.trim();

  await card.locator(".card-title a").click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SEED_SLUG}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a citation jumps to its numbered source entry and previews it on hover and focus", async ({ page }) => {
  await page.goto(`/stories/${SEED_SLUG}`);
  const header = page.locator(".story-meta");
  await expect(header).toContainText(/Updated \(\d+ articles?\)/);
  await expect(header.locator("time[datetime]")).toHaveCount(1);

  // Claims, Sources and Timeline in the seed's order.
  const headings = await page.locator("main h2").allTextContents();
  const sources = headings.findIndex((h) => /^Sources \(\d+ articles?\)$/.test(h.trim()));
  const timeline = headings.findIndex((h) => h.trim() === "Timeline");
  expect(sources).toBeGreaterThan(0);
  expect(timeline).toBeGreaterThan(sources);

  const cite = page.locator(".claim .cite-link").first();
  const href = (await cite.getAttribute("href"))!;
  expect(href).toMatch(/^#source-\d+$/);
  const tip = page.locator(`#${await cite.getAttribute("aria-describedby")}`);
  await expect(tip).toBeHidden();
  await cite.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await cite.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();

  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const entry = page.locator(href);
  await expect(entry).toBeInViewport();
  expect(await entry.evaluate((el) => el.matches(":target"))).toBe(true);
  // Complete entries link out safely; placeholders say so instead of linking nowhere.
  const link = entry.locator("a");
  if (await link.count()) await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  else await expect(entry).toContainText("Source details pending");
});

test("timeline dates and the update log are shown", async ({ page }) => {
  await page.goto(`/stories/${SEED_SLUG}`);
  const dates = page.locator(".timeline-date");
  expect(await dates.count()).toBeGreaterThan(0);
  await expect(dates.first()).toHaveText(/^([A-Z][a-z]{2} \d{1,2} )?(\d{4})$|^[A-Z][a-z]{2} \d{4}$/);
  await expect(dates.first()).toHaveAttribute("datetime", /^\d{4}(-\d{2}(-\d{2})?)?$/);
  await expect(page.getByRole("heading", { name: "What changed" })).toBeVisible();
  await expect(page.locator(".update").first()).toContainText(/Published|Updated|Correction/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld["@type"]).toBe("NewsArticle");
  expect(ld.datePublished).toBeTruthy();
  expect(ld.dateModified).toBeTruthy();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/stories/${SEED_SLUG}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
});

test("marks claims the reader has not seen before", async ({ page }) => {
  await page.goto(`/stories/${SEED_SLUG}`);
  // First visit: nothing is new to a reader who has never been here.
  await expect(page.locator(".new-flag:visible")).toHaveCount(0);
  const ids = await page.locator("[data-nid]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.nid!));
  expect(ids.length).toBeGreaterThan(1);
  // Pretend the last visit saw everything but the first claim.
  await page.evaluate(([key, seen]) => localStorage.setItem(key, seen), [`seen:${SEED_SLUG}`, ids.slice(1).join(" ")]);
  await page.reload();
  await expect(page.locator(".new-flag:visible")).toHaveCount(1);
  await expect(page.locator(`[data-nid="${ids[0]}"] .new-flag`)).toBeVisible();
  await page.reload();
  await expect(page.locator(".new-flag:visible")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the story page reads completely and citations still link", async ({ page }) => {
    await page.goto(`/stories/${SEED_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.locator(".claim").count()).toBeGreaterThan(0);
    await page.locator(".claim .cite-link").first().click();
    await expect(page).toHaveURL(/#source-\d+$/);
  });

  test("search works as a plain form", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search stories" }).fill("Nara");
    await page.getByRole("searchbox", { name: "Search stories" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=Nara/);
    await expect(page.locator(".search-results mark").first()).toBeVisible();
  });
});

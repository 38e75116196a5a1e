import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import { SEED_SLUG } from "../helpers";

test("feeds list links to a feed page with the same story cards", async ({ page }) => {
  await page.goto("/feeds");
  await expect(page.getByRole("heading", { level: 1, name: "Feeds" })).toBeVisible();
  const rows = page.locator(".feed-list > li");
  expect(await rows.count()).toBeGreaterThan(0);
  // The first feed holding at least one story.
  const withStories = rows.filter({ hasText: /[1-9]\d* stor(y|ies)/ }).first();
  const name = (await withStories.locator(".feed-name").textContent())!.trim();
  await withStories.locator(".feed-name").click();
  await expect(page).toHaveURL(/\/feeds\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const cards = page.locator("article.card");
  expect(await cards.count()).toBeGreaterThan(0);
  await expect(cards.first().locator(".meta")).toContainText(/Updated \(\d+ articles?\)/);
});

test("an unknown feed is a 404", async ({ request }) => {
  expect((await request.get("/feeds/no-such-feed-here")).status()).toBe(404);
  expect((await request.get("/feeds/no-such-feed-here/rss.xml")).status()).toBe(404);
});

test("RSS and Atom documents parse and list the seed story", async ({ request }) => {
  const parser = new Parser();
  for (const path of ["/rss.xml", "/atom.xml"]) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(path.startsWith("/rss") ? /rss\+xml/ : /atom\+xml/);
    const feed = await parser.parseString(await res.text());
    expect(feed.items.some((i) => i.link?.endsWith(`/stories/${SEED_SLUG}`))).toBe(true);
  }
});

test("sitemap and robots.txt are served", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/stories/${SEED_SLUG}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /admin");
});

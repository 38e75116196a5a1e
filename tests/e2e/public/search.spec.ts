import { expect, test } from "@playwright/test";
import { SEED_SLUG } from "../helpers";

test("search from the header finds the seed story with highlighted matches", async ({ page }) => {
  await page.goto(`/stories/${SEED_SLUG}`);
  // Search for a word of the story's own title, read from the page.
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  const word = title.split(/[^A-Za-z]+/).find((w) => w.length >= 5)!;
  const box = page.getByRole("searchbox", { name: "Search stories" });
  await box.fill(word);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
  const result = page.locator(".search-results article", { has: page.locator(`a[href="/stories/${SEED_SLUG}"]`) });
  await expect(result).toHaveCount(1);
  const marks = result.locator(".snippet mark");
  expect(await marks.count()).toBeGreaterThan(0);
  await expect(marks.first()).toHaveText(new RegExp(word.slice(0, 4), "i"));
  // The highlight is an element, never markup leaked as text.
  await expect(result.locator(".snippet")).not.toContainText("<b>");
});

test("empty, long, SQL-ish and malformed queries never fail", async ({ request, page }) => {
  const queries = [
    "",
    "   ",
    "x".repeat(5000),
    "'; DROP TABLE \"PublicStory\"; --",
    "\\",
    "a & | ! ( ) : * <-> \"",
    "<script>alert(1)</script>",
    "%00",
    "😀",
  ];
  for (const q of queries) {
    const res = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(res.status(), q.slice(0, 30)).toBe(200);
  }
  // Raw bytes that are not UTF-8 and a NUL byte in the URL itself.
  for (const raw of ["/search?q=%FF%FE%FD", "/search?q=%C0%AF", "/search?q=a%00b", "/search?q=a&q=b"]) {
    expect((await request.get(raw)).status(), raw).toBe(200);
  }
  await page.goto(`/search?q=${encodeURIComponent("<script>alert(1)</script>")}`);
  await expect(page.locator("main")).toContainText("No stories match");
  expect(await page.locator("main script").count()).toBe(0);
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SEED_SLUG } from "../helpers";

// WCAG 2.2 AA checks on every public page type, in light and dark colour schemes.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function firstFeedPath(page: Page): Promise<string> {
  await page.goto("/feeds");
  return (await page.locator(".feed-list .feed-name").first().getAttribute("href"))!;
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe (${colorScheme})`, () => {
    test.use({ colorScheme });
    const pages: [string, (page: Page) => Promise<string>][] = [
      ["home", async () => "/"],
      ["feeds", async () => "/feeds"],
      ["a feed", firstFeedPath],
      ["a story", async () => `/stories/${SEED_SLUG}`],
      ["search results", async () => "/search?q=Nara"],
      ["not found", async () => "/stories/no-such-story"],
    ];
    for (const [name, pathOf] of pages) {
      test(`${name} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(await pathOf(page));
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
      });
    }

    test("citation preview open on focus has no violations", async ({ page }) => {
      await page.goto(`/stories/${SEED_SLUG}`);
      await page.locator(".cite-link").first().focus();
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
    });
  });
}

test("skip link is the first focusable element and moves focus to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

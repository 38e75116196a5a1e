// Screenshots of the reader pages for visual review (not a test):
//   BASE_URL=http://localhost:3200 npx tsx tests/e2e/public/take-screenshots.ts
// Writes screenshots/<page>-<width>-<scheme>.png (git-ignored).
import { chromium } from "@playwright/test";
import fs from "node:fs";
import { CHROMIUM_ARGS, chromiumPath } from "../../support/chromium";

const base = process.env.BASE_URL ?? "http://localhost:3000";

async function main() {
  fs.mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const home = await browser.newPage();
  await home.goto(base + "/");
  const storyHref = await home.locator(".card-title a").first().getAttribute("href");
  await home.close();
  const pages: [string, string][] = [
    ["home", "/"],
    ["story", storyHref!],
    ["feeds", "/feeds"],
    ["search", "/search?q=nara+summit"],
  ];
  for (const width of [360, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await ctx.newPage();
      for (const [name, path] of pages) {
        await page.goto(base + path);
        await page.screenshot({ path: `screenshots/${name}-${width}-${colorScheme}.png`, fullPage: true });
        // Tall narrow pages are also cut into screen-sized parts, which are easier to review.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 1; width < 500 && height > 1800 && y < height; y += 1400, i++) {
          const clip = { x: 0, y, width, height: Math.min(1400, height - y) };
          await page.screenshot({ path: `screenshots/${name}-${width}-${colorScheme}-part${i}.png`, fullPage: true, clip });
        }
      }
      // A citation preview as a keyboard user sees it.
      await page.goto(base + storyHref!);
      await page.locator(".cite-link").nth(1).focus();
      await page.screenshot({ path: `screenshots/story-tooltip-${width}-${colorScheme}.png` });
      await ctx.close();
    }
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

// Screenshots of the admin for visual review (not a test). Against a running app with the seed
// imported, signed in as an admin:
//   BASE_URL=http://localhost:3312 ADMIN_EMAIL=… ADMIN_PASSWORD=… npx tsx tests/e2e/admin/take-screenshots.ts
// Writes screenshots/admin-<page>-<width>-<scheme>.png (git-ignored).
import { chromium, type Page } from "@playwright/test";
import fs from "node:fs";
import { CHROMIUM_ARGS, chromiumPath } from "../../support/chromium";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const email = process.env.ADMIN_EMAIL ?? "admin@newsroom.local";
const password = process.env.ADMIN_PASSWORD ?? "";

async function shoot(page: Page, name: string, width: number, scheme: string) {
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.screenshot({ path: `screenshots/admin-${name}-${width}-${scheme}.png`, fullPage: true });
  // Tall pages are also cut into screen-sized parts, which are easier to review.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; height > 1800 && y < height && i <= 6; y += 1400, i++) {
    const clip = { x: 0, y, width, height: Math.min(1400, height - y) };
    await page.screenshot({ path: `screenshots/admin-${name}-${width}-${scheme}-part${i}.png`, fullPage: true, clip });
  }
}

async function main() {
  fs.mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  for (const width of [360, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await ctx.newPage();

      await page.goto(base + "/login");
      await shoot(page, "login", width, colorScheme);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("wrong-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByText("Email or password is incorrect.").waitFor();
      await shoot(page, "login-error", width, colorScheme);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(/\/admin/);

      await page.goto(base + "/admin");
      await shoot(page, "stories", width, colorScheme);

      await page.getByRole("table").getByRole("link").first().click();
      await page.getByLabel("Title", { exact: true }).waitFor();
      await shoot(page, "editor-seed", width, colorScheme);

      await page.goto(base + "/admin/stories/new");
      await page.getByLabel("Title", { exact: true }).fill("A new story in progress");
      const form = page.getByRole("form", { name: "Add a source" });
      await form.getByLabel("URL").fill("https://example.org/news/one");
      await form.getByLabel("Outlet").fill("Example Times");
      await form.getByLabel("Headline").fill("Something happened today");
      await form.getByRole("button", { name: "Add source" }).click();
      await page.getByRole("button", { name: "Add claim" }).click();
      await page.getByLabel("Headline").last().fill("A first claim");
      const text = page.getByRole("textbox", { name: "Claim 1 Text" });
      await text.click();
      await text.pressSequentially("It happened this morning [1].");
      await page.getByRole("button", { name: "Add claim" }).click();
      await page.getByRole("button", { name: "Cite" }).last().click();
      await shoot(page, "editor-new", width, colorScheme);

      await page.goto(base + "/admin/users");
      await shoot(page, "users", width, colorScheme);
      await ctx.close();
    }
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

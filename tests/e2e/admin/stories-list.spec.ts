import { expect, test } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { SEED_SLUG, signIn } from "../helpers";
import { addSource, claim, typeInto } from "./admin-helpers";

// The stories list: status, feed, last update and article count per story; filters by status and
// feed; search by title. Filters live in the URL.

const DRAFT_TITLE = `Unfinished draft on tram fares ${Date.now().toString(36)}`;

test("the list shows each story's status, feeds, last update and article count, and filters and searches", async ({ page }) => {
  test.setTimeout(90_000);
  const seed = await prisma().story.findUniqueOrThrow({ where: { slug: SEED_SLUG }, include: { feeds: { include: { feed: true } } } });
  const seedFeed = seed.feeds[0].feed;

  // A draft in no feed, next to the published seed story.
  await signIn(page, "writer");
  await page.getByRole("link", { name: "New story" }).click();
  await page.getByLabel("Title", { exact: true }).fill(DRAFT_TITLE);
  await addSource(page, { url: "https://example.org/trams/fares", outlet: "Metro News", headline: "Tram fares to rise" });
  await page.getByRole("button", { name: "Add claim" }).click();
  await claim(page, 1).headline.fill("Fares rise in April");
  await typeInto(claim(page, 1).text, "Single tickets will cost more [1].");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved (version 1)." })).toBeVisible();

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Stories" }).click();
  const table = page.getByRole("table", { name: /Stories/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Title", "Status", "Feeds", "Last update", "Articles"]);
  const seedRow = table.getByRole("row", { name: new RegExp(seed.title.slice(0, 30)) });
  await expect(seedRow.getByRole("cell").nth(0)).toHaveText("Published");
  await expect(seedRow.getByRole("cell").nth(1)).toHaveText(seedFeed.name);
  await expect(seedRow.getByRole("cell").nth(2)).toHaveText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
  await expect(seedRow.getByRole("cell").nth(3)).toContainText("4");
  const draftRow = table.getByRole("row", { name: new RegExp(DRAFT_TITLE) });
  await expect(draftRow.getByRole("cell").nth(0)).toHaveText("Draft");
  await expect(draftRow.getByRole("cell").nth(1)).toHaveText("None");
  await expect(draftRow.getByRole("cell").nth(3)).toHaveText("1");

  // Status filter.
  await page.getByLabel("Status").selectOption({ label: "Draft" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=DRAFT/);
  await expect(table.getByRole("row", { name: new RegExp(DRAFT_TITLE) })).toBeVisible();
  await expect(table.getByRole("link", { name: seed.title })).toHaveCount(0);
  for (const status of await table.locator("tbody tr td:first-of-type").allInnerTexts()) expect(status).toBe("Draft");

  // Feed filter (status cleared).
  await page.getByLabel("Status").selectOption({ label: "Any status" });
  await page.getByLabel("Feed").selectOption({ label: seedFeed.name });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`feed=${seedFeed.slug}`));
  await expect(table.getByRole("link", { name: seed.title })).toBeVisible();
  await expect(table.getByRole("link", { name: DRAFT_TITLE })).toHaveCount(0);

  // Search by title, case-insensitive, alone.
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByLabel("Feed")).toHaveValue("");
  await expect(page.getByLabel("Status")).toHaveValue("");
  await page.getByLabel("Search titles").fill("TRAM FARES");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("link", { name: DRAFT_TITLE })).toBeVisible();

  // Nothing matches: said plainly.
  await page.getByLabel("Search titles").fill("no such story anywhere");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No stories match these filters.")).toBeVisible();
});

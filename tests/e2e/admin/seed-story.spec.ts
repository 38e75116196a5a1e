import { expect, test } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { SEED_SLUG, signIn } from "../helpers";
import { claim, openPublic, publicClaims, publish, typeInto } from "./admin-helpers";

// Issue 5, "Done when" line 3: the imported seed story opens in the editor with its placeholder
// sources flagged, and an edit-and-republish leaves everything that was not edited as it was.

const COMPLETED = [
  { url: "https://example.org/asia/nara-summit-opens", outlet: "Yonhap", headline: "Lee arrives in Nara for summit with Takaichi" },
  { url: "https://example.org/asia/shuttle-diplomacy", outlet: "Kyodo", headline: "Leaders continue shuttle diplomacy" },
  { url: "https://example.org/asia/cooperation-agenda", outlet: "Korea Herald", headline: "Summit agenda spans security and supply chains" },
  { url: "https://example.org/asia/chosei-dna", outlet: "Japan Times", headline: "DNA deal for Chosei mine victims" },
];

test("the seed story opens with its placeholders flagged and survives an edit-and-republish", async ({ page }) => {
  test.setTimeout(120_000);
  const story = await prisma().story.findUniqueOrThrow({ where: { slug: SEED_SLUG }, include: { claims: { orderBy: { position: "asc" } }, timeline: { orderBy: { position: "asc" } } } });
  await page.goto(`/stories/${SEED_SLUG}`);
  await expect(page.locator(".story-meta")).toContainText("Updated (4 articles)");
  const before = await publicClaims(page);
  expect(before.length).toBe(story.claims.length + story.timeline.length);

  // Find it the way an editor would: search the stories list by title.
  await signIn(page, "editor");
  await page.getByLabel("Search titles").fill("Nara");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("link", { name: story.title }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(story.title);

  // Four placeholder sources, each flagged, and publishing blocked until they are completed.
  const sources = page.getByRole("region", { name: "Sources", exact: true }).getByRole("listitem");
  await expect(sources).toHaveCount(4);
  for (let i = 0; i < 4; i++) await expect(sources.nth(i)).toContainText("Incomplete: needs outlet, headline, URL");
  const problems = page.getByRole("region", { name: /Before publishing/ });
  await expect(problems.getByRole("heading")).toHaveText("Before publishing (4)");
  await expect(problems).toContainText("Source 1 is incomplete: add its outlet, headline and URL under Sources.");
  await expect(claim(page, 1).text.locator("[data-citation]").first()).toHaveText("[1]");

  // The edit: one sentence more in claim 4.
  const edited = claim(page, 4);
  await expect(edited.headline).toHaveValue(story.claims[3].headline);
  await typeInto(edited.text, " Families of the victims welcomed the plan [4].");

  // Publishing now is refused, and the editor is told what to do.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "cannot be published yet" });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("Source 4 is incomplete: add its outlet, headline and URL under Sources.");
  expect((await prisma().publicStory.findUniqueOrThrow({ where: { storyId: story.id } })).articleCount).toBe(4);

  // Completing the four sources clears the way.
  for (const [i, s] of COMPLETED.entries()) {
    const group = page.getByRole("group", { name: `Source ${i + 1} details` });
    await group.getByLabel("URL").fill(s.url);
    await group.getByLabel("Outlet").fill(s.outlet);
    await group.getByLabel("Headline").fill(s.headline);
  }
  await expect(page.getByRole("heading", { name: "Ready to publish" })).toBeVisible();
  await publish(page);

  // Readers: same count, completed sources, the edited claim changed and nothing else.
  await openPublic(page, SEED_SLUG, /Updated \(4 articles\)/);
  await expect(page.locator("#source-1")).toContainText("Yonhap");
  await expect(page.locator("#source-1").getByRole("link")).toHaveAttribute("href", COMPLETED[0].url);
  await expect(page.getByText("Source details pending")).toHaveCount(0);
  const after = await publicClaims(page);
  expect(after.length).toBe(before.length);
  for (let i = 0; i < after.length; i++) {
    if (i === 3) expect(after[i]).toBe(`${before[i]} Families of the victims welcomed the plan [4].`);
    else expect(after[i], `section ${i + 1}`).toBe(before[i]);
  }
  const latest = page.getByRole("region", { name: "What changed" }).locator(".update").first();
  await expect(latest).toContainText(`Changed: ${story.claims[3].headline}`);
  await expect(latest).not.toContainText("added");

  // In the database too: untouched claims and entries kept their ids and their exact bodies.
  const stored = await prisma().story.findUniqueOrThrow({ where: { id: story.id }, include: { claims: { orderBy: { position: "asc" } }, timeline: { orderBy: { position: "asc" } } } });
  expect(stored.claims.map((c) => c.id)).toEqual(story.claims.map((c) => c.id));
  expect(stored.timeline.map((t) => t.id)).toEqual(story.timeline.map((t) => t.id));
  stored.claims.forEach((c, i) => {
    if (i !== 3) expect(c.body).toEqual(story.claims[i].body);
    expect(c.headline).toBe(story.claims[i].headline);
  });
  stored.timeline.forEach((t, i) => expect(t.body).toEqual(story.timeline[i].body));
});

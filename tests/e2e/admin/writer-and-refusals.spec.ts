import { expect, test } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { SEED_SLUG, signIn } from "../helpers";
import { actionResult, addSource, callAction, claim, findActionId, typeInto } from "./admin-helpers";

// Issue 5, "Done when" line 2: a writer drafts but cannot publish by any path; a signed-out
// request to an admin action is refused; a cited source cannot be removed.

test.describe.configure({ mode: "serial" });

const TITLE = `Writer draft about the river levels ${Date.now().toString(36)}`;
let storyId = "";
const ids: Record<string, string> = {};

async function storyState(id: string) {
  const s = await prisma().story.findUniqueOrThrow({ where: { id }, select: { status: true, publishedAt: true, version: true, title: true } });
  const pub = await prisma().publicStory.findUnique({ where: { storyId: id }, select: { storyId: true } });
  return { ...s, isPublic: !!pub };
}

test("a writer drafts and saves, and sees no way to publish", async ({ page }) => {
  await signIn(page, "writer");
  await page.getByRole("link", { name: "New story" }).click();
  await page.getByLabel("Title", { exact: true }).fill(TITLE);
  await addSource(page, { url: "https://example.org/river/levels", outlet: "River Post", headline: "River rises", date: "2026-01-10" });
  await page.getByRole("button", { name: "Add claim" }).click();
  const c1 = claim(page, 1);
  await c1.headline.fill("The river is rising");
  await typeInto(c1.text, "Levels rose by a metre overnight [1].");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved (version 1)." })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/stories\/[^/]+$/);
  storyId = page.url().split("/").pop()!;

  // The UI offers no publish path to a writer.
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Unpublish" })).toHaveCount(0);

  // Found where the browser finds them: in the JavaScript this page loaded.
  for (const name of ["publishStoryAction", "unpublishStoryAction", "saveStoryAction"]) ids[name] = await findActionId(page, name);
  expect(await storyState(storyId)).toMatchObject({ status: "DRAFT", isPublic: false, publishedAt: null });
});

test("a writer calling the publish and unpublish actions directly is refused", async ({ page }) => {
  await signIn(page, "writer");
  const path = `/admin/stories/${storyId}`;
  const before = await storyState(storyId);

  const pub = await callAction(page.request, path, ids.publishStoryAction, { storyId, baseVersion: before.version });
  expect(pub.status).toBe(200);
  expect(actionResult(pub.text)).toMatchObject({ ok: false, code: "forbidden", error: "You do not have permission to publish stories." });
  expect(await storyState(storyId)).toEqual(before);

  // Nor can a writer take a published story down.
  const seed = await prisma().story.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { id: true } });
  const unpub = await callAction(page.request, path, ids.unpublishStoryAction, { storyId: seed.id });
  expect(actionResult(unpub.text)).toMatchObject({ ok: false, code: "forbidden", error: "You do not have permission to unpublish stories." });
  expect((await storyState(seed.id)).isPublic).toBe(true);

  // And the reader never sees the draft.
  const res = await page.goto(`/stories/${(await prisma().story.findUniqueOrThrow({ where: { id: storyId } })).slug}`);
  expect(res?.status()).toBe(404);
});

test("signed-out requests to admin actions are refused and change nothing", async ({ browser }) => {
  const ctx = await browser.newContext();
  const request = ctx.request;
  const path = `/admin/stories/${storyId}`;
  const before = await storyState(storyId);
  const stories = await prisma().story.count();

  const pub = await callAction(request, path, ids.publishStoryAction, { storyId, baseVersion: before.version });
  expect(actionResult(pub.text)).toMatchObject({ ok: false, code: "unauthenticated" });
  const save = await callAction(request, "/admin/stories/new", ids.saveStoryAction, {
    document: { title: "Sneaky story", feedSlugs: [], sources: [], claims: [], timeline: [] },
  });
  expect(actionResult(save.text)).toMatchObject({ ok: false, code: "unauthenticated" });
  const edit = await callAction(request, path, ids.saveStoryAction, {
    storyId,
    baseVersion: before.version,
    document: { title: "Defaced", feedSlugs: [], sources: [], claims: [], timeline: [] },
  });
  expect(actionResult(edit.text)).toMatchObject({ ok: false, code: "unauthenticated" });

  expect(await storyState(storyId)).toEqual(before);
  expect(await prisma().story.count()).toBe(stories);

  // The pages themselves send a signed-out visitor to sign in.
  const page = await ctx.newPage();
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await ctx.close();
});

test("removing a cited source is refused with the claims that cite it, in the editor and on the server", async ({ page }) => {
  await signIn(page, "writer");
  await page.goto(`/admin/stories/${storyId}`);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(TITLE);

  // Cite source 1 from a timeline entry too, so the refusal names both.
  await page.getByRole("button", { name: "Add timeline entry" }).click();
  const entry = page.getByRole("region", { name: "Timeline entry 1", exact: true });
  await entry.getByLabel("Date").fill("2026-01-10");
  await entry.getByLabel("Date").blur();
  await typeInto(entry.getByRole("textbox", { name: "Timeline entry 1 Text" }), "Flood warning issued [1].");

  await page.getByRole("button", { name: "Remove source 1" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Source 1 cannot be removed" })).toHaveText(
    'Source 1 cannot be removed: it is cited in Claim 1 ("The river is rising"), Timeline entry 1 (2026-01-10). Remove those citations first.',
  );
  await expect(page.getByRole("region", { name: "Sources", exact: true }).getByRole("listitem")).toHaveCount(1);

  // The server refuses the same thing when asked directly (a document without the cited source).
  const before = await storyState(storyId);
  const stored = await prisma().claim.findFirstOrThrow({ where: { storyId }, select: { id: true, body: true } });
  const res = await callAction(page.request, `/admin/stories/${storyId}`, ids.saveStoryAction, {
    storyId,
    baseVersion: before.version,
    document: { title: TITLE, feedSlugs: [], sources: [], claims: [{ id: stored.id, headline: "The river is rising", body: stored.body }], timeline: [] },
  });
  const result = actionResult(res.text);
  expect(result).toMatchObject({ ok: false, code: "invalid" });
  expect(result?.error).toContain('Claim 1 ("The river is rising") cites a source that is not in this story');
  expect(await storyState(storyId)).toEqual(before);
  expect(await prisma().storySource.count({ where: { storyId } })).toBe(1);
});

test("saving shows the shared schema's errors on the fields they belong to", async ({ page }) => {
  await signIn(page, "writer");
  await page.getByRole("link", { name: "New story" }).click();
  await page.getByRole("button", { name: "Add claim" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const title = page.getByLabel("Title", { exact: true });
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription("Title is required");
  await expect(page.getByRole("alert").filter({ hasText: "Not saved: Title is required." })).toBeVisible();

  await title.fill("A story with an empty claim");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const headline = claim(page, 1).headline;
  await expect(headline).toHaveAttribute("aria-invalid", "true");
  await expect(headline).toHaveAccessibleDescription("Headline is required");
  await expect(title).toHaveAttribute("aria-invalid", "false");
  expect(await prisma().story.count({ where: { title: "A story with an empty claim" } })).toBe(0);

  await headline.fill("Now it has a headline");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved (version 1)." })).toBeVisible();
  await expect(headline).toHaveAttribute("aria-invalid", "false");
});

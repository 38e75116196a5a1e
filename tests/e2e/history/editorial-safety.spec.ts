import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS, signIn } from "../helpers";
import { doc, makeStory, publishAs, saveAs, storyRow } from "./fixtures";
import { startApp } from "./second-app";

// Issue 6 in the browser: two editors on one claim, history and restore, corrections, the trash,
// scheduled publishing through the app's own scheduler across a crash and restart, autosave and the leave warning.

test.describe.configure({ mode: "serial" });
const poll = { timeout: 30_000, intervals: [250, 500, 1000] };

const claimHeadline = (page: Page) => page.locator('input[id^="claim-"][id$="-headline"]').first();
const claimText = (page: Page) => page.locator(".editor-main .rte-content").first();

test("two editors change the same claim: the second save shows who changed what and loses nothing typed", async ({ browser }) => {
  const s = await makeStory(doc("Conflict harbour", "Original headline", "Original text."));
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await signIn(a, "editor");
  await signIn(b, "admin");
  await a.goto(`/admin/stories/${s.id}`);
  await b.goto(`/admin/stories/${s.id}`);
  await expect(claimHeadline(a)).toHaveValue("Original headline");
  await expect(claimHeadline(b)).toHaveValue("Original headline");

  await claimHeadline(a).fill("Headline from A");
  await a.getByLabel("Title", { exact: true }).fill("Conflict harbour (A)");
  await a.getByRole("button", { name: "Save", exact: true }).click();
  await expect(a.getByText("Saved (version 2).")).toBeVisible();

  await claimHeadline(b).fill("Headline from B");
  await claimText(b).click();
  await b.keyboard.press("End");
  await b.keyboard.type(" Typed by B.");
  await b.getByRole("button", { name: "Save", exact: true }).click();

  const banner = b.locator(".banner-conflict");
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(E2E_USERS.editor.name);
  await expect(banner).toContainText("now version 2");
  await expect(banner).toContainText("Claim 1 “Headline from A” edited");
  await expect(banner).toContainText("Title changed to “Conflict harbour (A)”");
  // Nothing typed is lost.
  await expect(claimHeadline(b)).toHaveValue("Headline from B");
  await expect(claimText(b)).toContainText("Typed by B.");
  expect((await storyRow(s.id)).claims[0].headline).toBe("Headline from A");

  await banner.getByRole("button", { name: "Reapply my changes" }).click();
  // Reapply = my changes on top of theirs: their title stays, our shared claim takes mine, and
  // the notice says which of their changes mine replaced.
  await expect(b.getByText(/Saved \(version 3\)\. Their other changes are kept; yours replaced theirs in: Claim “Headline from B”/)).toBeVisible();
  await expect(banner).toBeHidden();
  await expect(b.getByLabel("Title", { exact: true })).toHaveValue("Conflict harbour (A)");
  const row = await storyRow(s.id);
  expect([row.version, row.title, row.claims[0].headline]).toEqual([3, "Conflict harbour (A)", "Headline from B"]);
  expect(row.claims[0].plainText).toContain("Typed by B.");
  await a.context().close();
  await b.context().close();
});

test("history lists versions, shows the diff, and restores an old version without touching the public page until published", async ({ page, request }) => {
  const first = doc("Restore river", "Version one headline", "The river rose.");
  const s = await makeStory(first);
  const v2 = await saveAs("writer", s.id, 1, { ...first, claims: [{ ...first.claims[0], headline: "Version two headline" }] });
  await publishAs("editor", s.id); // v3: readers see "Version two headline"
  await expect.poll(async () => (await (await request.get(`/stories/${s.slug}`)).text()).includes("Version two headline"), poll).toBe(true);
  void v2;

  await signIn(page, "editor");
  await page.goto(`/admin/stories/${s.id}`);
  await page.getByRole("link", { name: /See every version/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${s.id}/history`));
  const rows = page.locator(".revision-table tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Published");
  await expect(rows.nth(1)).toContainText(E2E_USERS.writer.name);

  // Compare v1 with v2: the headline word changed.
  await page.getByLabel("Older").selectOption("1");
  await page.getByLabel("Newer").selectOption("2");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.locator(".revision-diff del").filter({ hasText: "one" }).first()).toBeVisible();
  await expect(page.locator(".revision-diff ins").filter({ hasText: "two" }).first()).toBeVisible();

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${s.id}$`));
  await expect(claimHeadline(page)).toHaveValue("Version one headline");
  await expect(page.locator(".editor-state")).toContainText("version 4");
  // Readers still see the published version.
  expect(await (await request.get(`/stories/${s.slug}`)).text()).toContain("Version two headline");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Published: readers see this version now/)).toBeVisible();
  await expect.poll(async () => (await (await request.get(`/stories/${s.slug}`)).text()).includes("Version one headline"), poll).toBe(true);
  await page.goto(`/admin/stories/${s.id}/history`);
  await expect(page.locator(".revision-table tbody tr").nth(1)).toContainText("Restored from version 1");
});

test("a correction shows dated on the story page; a deleted story leaves the site and comes back from the trash", async ({ page, request }) => {
  const s = await makeStory(doc("Correction bridge", "Bridge reopens", "The bridge reopened on Monday."), { publish: true });
  await signIn(page, "editor");
  await page.goto(`/admin/stories/${s.id}`);
  await page.getByLabel("Correction note").fill("An earlier version said the bridge reopened on Sunday.");
  await page.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByText(/Correction published/)).toBeVisible();
  await expect.poll(async () => (await (await request.get(`/stories/${s.slug}`)).text()).includes("reopened on Sunday"), poll).toBe(true);
  await page.goto(`/stories/${s.slug}`);
  await expect(page.locator(".corrections")).toContainText("An earlier version said the bridge reopened on Sunday.");
  await expect(page.locator(".update-log .correction")).toContainText("Correction");

  await page.goto(`/admin/stories/${s.id}`);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Move to trash" }).click();
  await expect(page).toHaveURL(/\/admin\/trash/);
  await expect(page.getByRole("row", { name: /Correction bridge/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Delete “Correction bridge” for good/ })).toHaveCount(0); // editors cannot purge
  await expect.poll(async () => (await request.get(`/stories/${s.slug}`)).status(), poll).toBe(404);
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "Correction bridge" })).toHaveCount(0);

  await page.goto("/admin/trash");
  await page.getByRole("button", { name: "Restore “Correction bridge”" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${s.id}$`));
  await expect(page.locator(".editor-state")).toContainText("Unpublished");
});

test("a story scheduled a minute ahead appears on time, though the app that took the schedule crashed and restarted in between", async ({ page, request }) => {
  test.setTimeout(180_000);
  const s = await makeStory(doc("Scheduled summit", "Leaders meet", "Leaders met in the afternoon."));
  // The e2e server runs no scheduler (playwright.config.ts), so the only scheduler is this app instance.
  let app = await startApp();
  try {
    await signIn(page, "editor"); // the session cookie is for localhost, so it holds on the app's port too
    await page.goto(`${app.base}/admin/stories/${s.id}`);
    const due = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000); // a whole minute, 1–2 min ahead (the field has minutes)
    const pad = (n: number) => String(n).padStart(2, "0");
    const local = `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}T${pad(due.getHours())}:${pad(due.getMinutes())}`;
    await page.getByLabel("Publish at").fill(local);
    await page.getByRole("button", { name: "Schedule", exact: true }).click();
    await expect(page.locator(".schedule-state")).toContainText("Publishes automatically");
    await expect(page.locator(".editor-state")).toContainText("Scheduled");
    const row = await storyRow(s.id);
    expect([row.status, row.scheduledAt?.toISOString()]).toEqual(["SCHEDULED", due.toISOString()]);
    expect((await request.get(`/stories/${s.slug}`)).status()).toBe(404);

    // The app dies without warning and comes back: only the database remembers the schedule.
    await app.stop("SIGKILL");
    app = await startApp();

    await expect.poll(async () => (await request.get(`${app.base}/stories/${s.slug}`)).status(), { timeout: 150_000, intervals: [1000] }).toBe(200);
    const published = await storyRow(s.id);
    expect([published.status, published.scheduledAt]).toEqual(["PUBLISHED", null]);
    // On time: not before the minute, and within one scheduler tick (15 s) plus slack after it.
    const late = published.publishedAt!.getTime() - due.getTime();
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(25_000);
    // Every instance serves it: the e2e server learnt of it through the database's notification.
    await expect.poll(async () => (await request.get(`/stories/${s.slug}`)).status(), poll).toBe(200);
  } finally {
    await app.stop("SIGTERM");
  }
});

test("autosave saves a draft after a pause; leaving with unsaved changes asks first", async ({ page }) => {
  const s = await makeStory(doc("Autosave dunes", "Dunes move", "The dunes moved."));
  await signIn(page, "writer");
  await page.goto(`/admin/stories/${s.id}`);
  await claimHeadline(page).fill("Dunes move north");
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  // Leave warning: following a link asks; dismissing keeps the page and the text.
  let asked = "";
  page.once("dialog", (d) => ((asked = d.message()), void d.dismiss()));
  await page.getByRole("link", { name: "Stories" }).click();
  expect(asked).toMatch(/unsaved changes/i);
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${s.id}$`));
  await expect(claimHeadline(page)).toHaveValue("Dunes move north");

  await expect(page.getByText(/Autosaved at/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("All changes saved")).toBeVisible();
  expect((await storyRow(s.id)).claims[0].headline).toBe("Dunes move north");
});

import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { actionResult, callAction, findActionId } from "../admin/admin-helpers";
import { SEED_SLUG, signIn } from "../helpers";

// Server actions called directly: a real HTTP POST with a valid action id (read from the page's
// JavaScript, as an attacker would) but without a session, with a writer's session for editor and
// admin actions, and with an admin's session from a foreign Origin. Every one is refused, and the
// database shows nothing was written.

test.describe.configure({ mode: "serial" });

const ids: Record<string, string> = {};
let storyId = "";
let editorPath = "";

async function state() {
  const db = prisma();
  const story = await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { version: true, status: true, title: true, deletedAt: true } });
  return {
    story,
    revisions: await db.storyRevision.count(),
    stories: await db.story.count(),
    feeds: await db.feed.count(),
    users: await db.user.count(),
    isPublic: !!(await db.publicStory.findUnique({ where: { storyId } })),
  };
}

async function contextFor(browser: Browser, role?: "writer" | "admin") {
  const ctx = await browser.newContext();
  if (role) await signIn(await ctx.newPage(), role);
  return ctx;
}

test("collect action ids the way a browser sees them", async ({ page }) => {
  storyId = (await prisma().story.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { id: true } })).id;
  editorPath = `/admin/stories/${storyId}`;
  await signIn(page, "admin");
  await page.goto(editorPath);
  await expect(page.getByLabel("Title", { exact: true })).toBeVisible();
  for (const name of ["saveStoryAction", "loadStoryAction", "unpublishStoryAction", "deleteStoryAction"]) ids[name] = await findActionId(page, name);
  await page.goto("/admin/feeds");
  ids.createFeedAction = await findActionId(page, "createFeedAction");
  await page.goto("/admin/users");
  ids.createUserAction = await findActionId(page, "createUserAction");
});

/** Each forged call: [action, page it is posted to, argument]. */
function forgedCalls(version: number): [string, string, unknown][] {
  const doc = { title: "Defaced by a forged request", feedSlugs: [], sources: [], claims: [], timeline: [] };
  return [
    ["saveStoryAction", editorPath, { storyId, baseVersion: version, document: doc }],
    ["saveStoryAction", "/admin/stories/new", { document: doc }],
    ["unpublishStoryAction", editorPath, { storyId }],
    ["deleteStoryAction", editorPath, { storyId, baseVersion: version }],
    ["createFeedAction", "/admin/feeds", { name: "Forged feed", slug: "forged-feed" }],
    ["createUserAction", "/admin/users", { email: "mallory@evil.example", name: "Mallory", role: "ADMIN", password: "mallory-password-123" }],
  ];
}

test("without a session: every action refused as unauthenticated, nothing written", async ({ browser }) => {
  const ctx = await contextFor(browser);
  const before = await state();
  for (const [name, path, arg] of forgedCalls(before.story.version)) {
    const res = await callAction(ctx.request, path, ids[name], arg);
    expect(actionResult(res.text), `${name} without a session`).toMatchObject({ ok: false, code: "unauthenticated" });
  }
  expect(await state()).toEqual(before);
  await ctx.close();
});

test("a writer's session calling editor and admin actions: refused as forbidden, nothing written", async ({ browser }) => {
  const ctx = await contextFor(browser, "writer");
  const before = await state();
  const editorOnly = forgedCalls(before.story.version).filter(([name]) => !name.startsWith("saveStory"));
  for (const [name, path, arg] of editorOnly) {
    const res = await callAction(ctx.request, path, ids[name], arg);
    expect(actionResult(res.text), `${name} as a writer`).toMatchObject({ ok: false, code: "forbidden" });
  }
  expect(await state()).toEqual(before);
  await ctx.close();
});

async function post(request: APIRequestContext, path: string, id: string, arg: unknown, origin: string) {
  const res = await request.post(path, {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: origin },
    data: JSON.stringify([arg]),
    maxRedirects: 0,
  });
  return { status: res.status(), result: actionResult(await res.text()) };
}

test("an admin's session from a foreign Origin: refused before the action runs, nothing written", async ({ browser, baseURL }) => {
  const ctx = await contextFor(browser, "admin");
  const before = await state();
  for (const [name, path, arg] of forgedCalls(before.story.version)) {
    const res = await post(ctx.request, path, ids[name], arg, "https://evil.example");
    expect(res.result, `${name} from a foreign origin ran`).toBeNull();
    expect(res.status, `${name} from a foreign origin`).toBeGreaterThanOrEqual(400);
  }
  expect(await state()).toEqual(before);

  // The same session and request from the site's own origin is served: the Origin alone decided.
  const own = await post(ctx.request, editorPath, ids.loadStoryAction, { storyId }, new URL(baseURL!).origin);
  expect(own.result).toMatchObject({ ok: true });
  await ctx.close();
});

import { expect, test } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { actionResult, callAction, findActionId } from "../admin/admin-helpers";
import { SEED_SLUG, signIn } from "../helpers";

// Malformed story bodies POSTed straight at the save action through the real HTTP stack (the
// integration test covers each schema rule; this proves the size and depth limits hold before
// and inside Next's own request decoding): refused, the server keeps serving, nothing stored.

test("5 MB and 10,000-level bodies are refused over HTTP and store nothing", async ({ page }) => {
  const story = await prisma().story.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { id: true, version: true } });
  const path = `/admin/stories/${story.id}`;
  await signIn(page, "writer");
  await page.goto(path);
  const saveId = await findActionId(page, "saveStoryAction");
  const revisions = await prisma().storyRevision.count({ where: { storyId: story.id } });
  const doc = (claimBody: unknown) => ({ storyId: story.id, baseVersion: story.version, document: { title: "Crafted", feedSlugs: [], sources: [], claims: [{ headline: "Crafted", body: claimBody }], timeline: [] } });

  // Above Next's 1 MB body limit: refused before any action code runs.
  const huge = await callAction(page.request, path, saveId, doc({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(5 * 1024 * 1024) }] }] }));
  expect(huge.status).toBeGreaterThanOrEqual(400);
  expect(actionResult(huge.text)).toBeNull();

  // Under the byte limit but absurdly deep: refused by proxy.ts before Next's decoder (which would
  // overflow its stack on it). Written as text: JSON.stringify itself overflows at this depth.
  const levels = 10_000;
  const deepBody = `{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(levels)}${"]}".repeat(levels)}]}`;
  const raw = JSON.stringify([doc("BODY")]).replace('"BODY"', deepBody);
  const res = await page.request.post(path, {
    headers: { "Next-Action": saveId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: raw,
    maxRedirects: 0,
  });
  expect(res.status()).toBe(400);
  expect(await res.text()).toBe("This request is nested too deeply to process.");

  expect(await prisma().story.findUniqueOrThrow({ where: { id: story.id }, select: { id: true, version: true } })).toEqual(story);
  expect(await prisma().storyRevision.count({ where: { storyId: story.id } })).toBe(revisions);
  // And the server is still answering.
  expect((await page.request.get("/")).status()).toBe(200);
});

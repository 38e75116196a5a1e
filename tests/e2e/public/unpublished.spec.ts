import { expect, test, type APIRequestContext } from "@playwright/test";
import Parser from "rss-parser";
import { republishStory, SEED_SLUG, unpublishStory } from "../helpers";

// An unpublished story disappears from every public surface. Publishing invalidates cache tags
// through NOTIFY, so each check polls for a few seconds instead of expecting it instantly.

const storyPath = `/stories/${SEED_SLUG}`;

async function feedSlugsOf(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get(storyPath)).text();
  return [...html.matchAll(/href="\/feeds\/([^"/]+)"/g)].map((m) => m[1]);
}

async function titleWord(request: APIRequestContext): Promise<string> {
  const html = await (await request.get(storyPath)).text();
  const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1];
  return h1.split(/[^A-Za-z]+/).find((w) => w.length >= 5)!;
}

test.describe.configure({ mode: "serial" });

test("an unpublished story 404s and is absent from home, feeds, sitemap, RSS, Atom and search", async ({ request }) => {
  expect((await request.get(storyPath)).status()).toBe(200);
  const feeds = await feedSlugsOf(request);
  const word = await titleWord(request);
  const parser = new Parser();

  await unpublishStory(SEED_SLUG);
  try {
    const poll = { timeout: 20_000, intervals: [250, 500, 1000] };
    await expect.poll(async () => (await request.get(storyPath)).status(), poll).toBe(404);
    await expect.poll(async () => (await (await request.get("/")).text()).includes(storyPath), poll).toBe(false);
    for (const f of feeds) {
      await expect.poll(async () => (await (await request.get(`/feeds/${f}`)).text()).includes(storyPath), poll).toBe(false);
      await expect.poll(async () => (await (await request.get(`/feeds/${f}/rss.xml`)).text()).includes(storyPath), poll).toBe(false);
    }
    await expect.poll(async () => (await (await request.get("/sitemap.xml")).text()).includes(storyPath), poll).toBe(false);
    for (const path of ["/rss.xml", "/atom.xml"]) {
      await expect
        .poll(async () => (await parser.parseString(await (await request.get(path)).text())).items.some((i) => i.link?.endsWith(storyPath)), poll)
        .toBe(false);
    }
    await expect.poll(async () => (await (await request.get(`/search?q=${encodeURIComponent(word)}`)).text()).includes(storyPath), poll).toBe(false);
  } finally {
    // Put the seed back for the other specs.
    await republishStory(SEED_SLUG);
    await expect.poll(async () => (await request.get(storyPath)).status(), { timeout: 20_000 }).toBe(200);
  }
});

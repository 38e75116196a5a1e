import fs from "node:fs";
import { test } from "@playwright/test";
import { signIn } from "../helpers";
import { doc, makeStory, publishAs, saveAs } from "./fixtures";
import { correctStory } from "../../../lib/stories/correct-story";
import { deleteStory } from "../../../lib/stories/delete-story";
import { scheduleStory } from "../../../lib/stories/schedule-story";
import { actor } from "./fixtures";

// Screenshots of the history pages for visual review, not a test: runs only with SCREENSHOTS=1
//   SCREENSHOTS=1 E2E_PORT=3320 npm test -- --e2e --skip-build tests/e2e/history/screenshots
// Writes screenshots/history-*.png (git-ignored).

test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to take screenshots");
test.setTimeout(240_000);

test("screenshots of history, trash, audit log, editor safety panel and a corrected story", async ({ browser }) => {
  fs.mkdirSync("screenshots", { recursive: true });
  const base = doc("Screenshot story about the harbour fire and its aftermath", "Fire spreads to the docks", "The fire spread to the docks overnight, officials said.");
  const s = await makeStory(base, { publish: true });
  const d2 = { ...base, title: "Harbour fire: port closed", claims: [{ ...base.claims[0], headline: "Fire reaches the container terminal" }, { headline: "Port closed", body: base.claims[0].body }] };
  const v3 = await saveAs("writer", s.id, s.version, d2);
  await correctStory(await actor("editor"), { storyId: s.id, baseVersion: v3.version, note: "An earlier version said the fire reached the docks on Sunday; it was Monday." });
  const trashed = await makeStory(doc("Trashed story with a long title that wraps on a phone screen", "Old", "Old text."));
  await deleteStory(await actor("editor"), { storyId: trashed.id });
  void publishAs;
  const scheduled = await makeStory(doc("Scheduled story", "Leaders meet", "Leaders meet on Friday."));
  await scheduleStory(await actor("editor"), scheduled.id, new Date(Date.now() + 86_400_000));

  const pages: [string, string][] = [
    ["history", `/admin/stories/${s.id}/history?from=2&to=3`],
    ["trash", "/admin/trash"],
    ["audit", "/admin/audit"],
    ["editor", `/admin/stories/${s.id}`],
    ["editor-scheduled", `/admin/stories/${scheduled.id}`],
    ["public-correction", `/stories/${s.slug}`],
  ];
  for (const width of [360, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await ctx.newPage();
      await signIn(page, "admin");
      for (const [name, path] of pages) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        if (name.startsWith("editor")) await page.locator("#safety-heading").scrollIntoViewIfNeeded();
        await page.screenshot({ path: `screenshots/history-${name}-${width}-${colorScheme}.png`, fullPage: !name.startsWith("editor") });
      }
      await ctx.close();
    }
  }
});

import autocannon from "autocannon";
import { SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { findStoryIdBySlug } from "@/lib/stories/find-story";
import { loadStory } from "@/lib/stories/load-story";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { prisma } from "@/lib/db/client";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]);
};

/** An editor publishes a change while readers hammer the page; time until the HTML shows it. */
export async function publishLatency(base: string, slug: string, connections: number) {
  const id = await findStoryIdBySlug(slug);
  const load = autocannon({ url: `${base}/stories/${slug}`, connections, duration: 120 }, () => {});
  const times: number[] = [];
  try {
    for (let k = 0; k < 20; k++) {
      const story = await loadStory(prisma(), id);
      const marker = `Update ${Date.now()}-${k}`;
      story.document.claims[0].headline = marker;
      const saved = await saveStory(SYSTEM_ACTOR, { storyId: id, baseVersion: story.version, document: story.document });
      const t0 = performance.now();
      await publishStory(SYSTEM_ACTOR, id, { baseVersion: saved.version });
      for (;;) {
        const html = await (await fetch(`${base}/stories/${slug}`)).text();
        if (html.includes(marker)) break;
        if (performance.now() - t0 > 30_000) throw new Error("publish not visible after 30 s");
        await new Promise((r) => setTimeout(r, 10));
      }
      times.push(performance.now() - t0);
    }
  } finally {
    load.stop();
  }
  return { p50: pct(times, 50), max: Math.round(Math.max(...times)), samples: times.length };
}

/** p50/p95 of a claim save through the same lib function the admin's action calls. */
export async function saveLatency(slug: string) {
  const id = await findStoryIdBySlug(slug);
  const times: number[] = [];
  for (let k = 0; k < 30; k++) {
    const story = await loadStory(prisma(), id);
    story.document.claims[1].headline = `Edited claim ${k}`;
    const t0 = performance.now();
    await saveStory(SYSTEM_ACTOR, { storyId: id, baseVersion: story.version, document: story.document });
    times.push(performance.now() - t0);
  }
  return { p50: pct(times, 50), p95: pct(times, 95), samples: times.length };
}

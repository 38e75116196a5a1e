import { listenForCacheChanges } from "@/lib/cache/listen";
import { requestSelfRevalidate } from "@/lib/cache/self-revalidate";
import { publishDueStories } from "@/lib/stories/schedule-story";

const SCHEDULE_EVERY_MS = 15_000;

/** Started once per server process (instrumentation.ts): cache listener and the scheduler. */
export function startBackground(): void {
  const g = globalThis as unknown as { __newsroomBackground?: boolean };
  if (g.__newsroomBackground || !process.env.DATABASE_URL) return;
  g.__newsroomBackground = true;
  listenForCacheChanges(process.env.DATABASE_URL, requestSelfRevalidate);
  if (process.env.SCHEDULER !== "off") {
    const tick = () =>
      publishDueStories()
        .then((ids) => ids.length && console.log(`[scheduler] published ${ids.length} scheduled stor${ids.length === 1 ? "y" : "ies"}`))
        .catch((e) => console.error("[scheduler]", (e as Error).message));
    setTimeout(tick, 2_000);
    setInterval(tick, SCHEDULE_EVERY_MS).unref();
  }
}

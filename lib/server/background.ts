import { listenForCacheChanges } from "@/lib/cache/listen";
import { requestSelfRevalidate } from "@/lib/cache/self-revalidate";
import { purgeExpiredStories } from "@/lib/stories/delete-story";
import { publishDueStories } from "@/lib/stories/schedule-story";
import { tags } from "@/lib/cache/tags";

const SCHEDULE_EVERY_MS = 15_000;
const PURGE_EVERY_MS = 60 * 60_000;

/** Started once per server process (instrumentation.ts): cache listener and the scheduler. */
export function startBackground(): void {
  const g = globalThis as unknown as { __newsroomBackground?: boolean };
  if (g.__newsroomBackground || !process.env.DATABASE_URL) return;
  g.__newsroomBackground = true;
  // Notifications are not replicated: an instance reading from a replica listens on the primary.
  listenForCacheChanges(process.env.LISTEN_DATABASE_URL || process.env.DATABASE_URL, requestSelfRevalidate);
  expireCacheOnStart();
  if (process.env.SCHEDULER !== "off") {
    every(2_000, SCHEDULE_EVERY_MS, publishDueStories, (n) => `published ${stories(n)} that were scheduled`);
    // The trash empties itself: stories deleted more than 30 days ago are purged (audited).
    every(10_000, PURGE_EVERY_MS, () => purgeExpiredStories(), (n) => `purged ${stories(n)} from the trash (30 days)`);
  }
}

const stories = (n: number) => `${n} ${n === 1 ? "story" : "stories"}`;

/** A background job: first after `firstMs`, then every `everyMs`; says what it did, never throws. */
function every(firstMs: number, everyMs: number, job: () => Promise<string[]>, did: (n: number) => string): void {
  const tick = () =>
    job()
      .then((ids) => ids.length && console.log(`[scheduler] ${did(ids.length)}`))
      .catch((e) => console.error("[scheduler]", (e as Error).message));
  setTimeout(tick, firstMs);
  setInterval(tick, everyMs).unref();
}

/**
 * The data cache on disk outlives the server: imports, scheduled publishes or another database
 * may have changed things while no server was listening. Expire every public entry once this
 * server accepts requests (it is not listening yet while instrumentation runs, hence the retries).
 */
function expireCacheOnStart(): void {
  let attempts = 0;
  const attempt = () =>
    requestSelfRevalidate([tags.all]).catch(() => {
      if (++attempts < 60) setTimeout(attempt, 500).unref();
      else console.error("[cache] could not expire the public cache at start-up");
    });
  setTimeout(attempt, 300).unref();
}

import pg from "pg";
import { CACHE_CHANNEL } from "./notify";

/**
 * Each app instance listens for published changes (from any instance, the importer or the
 * scheduler) and expires its own cache entries. Reconnects with backoff if the database goes away.
 */
export function listenForCacheChanges(url: string, onTags: (tags: string[]) => void | Promise<void>): () => void {
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = 500;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url });
    client = c;
    const retry = () => {
      c.removeAllListeners();
      c.end().catch(() => {});
      if (!stopped) setTimeout(connect, (delay = Math.min(delay * 2, 10_000)));
    };
    c.on("error", retry);
    c.on("notification", (msg) => {
      let tags: string[];
      try {
        tags = JSON.parse(msg.payload ?? "[]") as string[];
      } catch {
        return; // not ours
      }
      void Promise.resolve()
        .then(() => onTags(tags))
        .catch((e) => console.error("[cache] revalidate failed", e));
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CACHE_CHANNEL}`);
      delay = 500;
    } catch {
      retry();
    }
  };
  void connect();
  return () => {
    stopped = true;
    void client?.end().catch(() => {});
  };
}

import pg from "pg";
import { CACHE_CHANNEL } from "./notify";
import { tags } from "./tags";

/**
 * Each app instance listens for published changes (from any instance, the importer or the
 * scheduler) and expires its own cache entries. Reconnects with backoff if the database goes away.
 */
export function listenForCacheChanges(url: string, onTags: (tags: string[]) => void | Promise<void>): () => void {
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = 500;
  let connectedBefore = false;
  const deliver = (list: string[]) =>
    void Promise.resolve()
      .then(() => onTags(list))
      .catch((e) => console.error("[cache] revalidate failed", e));
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url });
    client = c;
    let lost = false;
    // One lost connection can be reported by 'error', 'end' and a failed connect alike: reconnect
    // once per client. The handlers stay attached: pg may emit 'error' again while the socket
    // closes, and an 'error' event with no listener would crash the server process.
    const retry = () => {
      if (lost) return;
      lost = true;
      c.end().catch(() => {});
      if (!stopped) setTimeout(connect, (delay = Math.min(delay * 2, 5_000)));
    };
    c.on("error", retry);
    c.on("end", retry);
    c.on("notification", (msg) => {
      let list: string[];
      try {
        list = JSON.parse(msg.payload ?? "[]") as string[];
      } catch {
        return; // not ours
      }
      deliver(list);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CACHE_CHANNEL}`);
      delay = 500;
      // NOTIFY is not queued for absent listeners: whatever was published while this connection
      // was down is lost, so after a reconnect expire every public page once (as at start-up).
      if (connectedBefore) deliver([tags.all]);
      connectedBefore = true;
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

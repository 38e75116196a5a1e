import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenForCacheChanges } from "@/lib/cache/listen";
import { CACHE_CHANNEL } from "@/lib/cache/notify";
import { tags } from "@/lib/cache/tags";
import { tcpGate, type TcpGate } from "./tcp-gate";

// The cache listener after the database goes away and comes back: it reconnects by itself, and
// because a NOTIFY sent while nobody listened is lost, it expires the whole public cache once.

let gate: TcpGate;
let direct: pg.Client;
const url = process.env.DATABASE_URL!;
const notify = (list: string[]) => direct.query(`SELECT pg_notify($1, $2)`, [CACHE_CHANNEL, JSON.stringify(list)]);

async function until(fn: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sends `tag` until the listener hears it (it is connected once it does). */
async function heard(list: string[][], tag: string): Promise<void> {
  const end = Date.now() + 15_000;
  while (!list.some((l) => l[0] === tag)) {
    if (Date.now() > end) throw new Error(`never heard ${tag}`);
    await notify([tag]);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  gate = await tcpGate(url);
  direct = new pg.Client({ connectionString: url });
  await direct.connect();
});
afterAll(async () => {
  await direct.end();
  await gate.close();
});

describe("cache listener across a database outage", () => {
  it("reconnects, catches up on what it missed, then hears publishes again", { timeout: 40_000 }, async () => {
    const got: string[][] = [];
    const stop = listenForCacheChanges(gate.url, (list) => void got.push(list));
    try {
      // Connected once a notification comes through.
      await heard(got, "story:before");
      await gate.close();
      await notify(["story:missed"]); // published while the listener is cut off
      await new Promise((r) => setTimeout(r, 1500));
      await gate.open();
      await until(() => got.some((l) => l.includes(tags.all)));
      expect(got.flat()).not.toContain("story:missed");
      await heard(got, "story:after");
    } finally {
      stop();
    }
  });
});

import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toFailure } from "@/lib/actions/run-action";
import type { Actor } from "@/lib/audit/record-audit";
import { disconnect, prisma } from "@/lib/db/client";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";
import { saveStory } from "@/lib/stories/save-story";
import { makeActor, resetDb, storyDoc } from "../helpers";
import { tcpGate, type TcpGate } from "./tcp-gate";

// An editor's save while the database is gone (or its connection dies mid-transaction): the
// editor is told plainly that nothing was saved, nothing is written, and the same save goes
// through once the database is back, on the same connection pool (no app restart).

let gate: TcpGate;
let direct: pg.Client; // sees the database whatever the gate does
const realUrl = process.env.DATABASE_URL!;

beforeAll(async () => {
  gate = await tcpGate(realUrl);
  await disconnect();
  process.env.DATABASE_URL = gate.url;
  direct = new pg.Client({ connectionString: realUrl });
  await direct.connect();
});
afterAll(async () => {
  await disconnect();
  process.env.DATABASE_URL = realUrl;
  await direct.end();
  await gate.close();
});
beforeEach(async () => {
  gate.dropOn(null);
  await gate.open(); // a failed test may have left it closed
  await resetDb();
});

async function stored(storyId: string) {
  const story = await direct.query(`SELECT version, title FROM "Story" WHERE id = $1`, [storyId]);
  const revisions = await direct.query(`SELECT count(*)::int AS n FROM "StoryRevision" WHERE "storyId" = $1`, [storyId]);
  const claims = await direct.query(`SELECT headline FROM "Claim" WHERE "storyId" = $1 ORDER BY position`, [storyId]);
  return { ...story.rows[0], revisions: revisions.rows[0].n, headlines: claims.rows.map((r) => r.headline) };
}

async function setup(): Promise<{ actor: Actor; storyId: string; input: unknown; before: Awaited<ReturnType<typeof stored>> }> {
  const actor = await makeActor("EDITOR");
  const s = await saveStory(actor, { document: storyDoc("Before the outage") });
  const doc = { ...s.document, title: "Saved after the outage", claims: [{ ...s.document.claims[0], headline: "Changed during the outage" }] };
  return { actor, storyId: s.id, input: { storyId: s.id, baseVersion: s.version, document: doc }, before: await stored(s.id) };
}

describe("saving while the database is unavailable", () => {
  it("database gone: a clear message, nothing written; the same save succeeds when it is back", async () => {
    const { actor, storyId, input, before } = await setup();
    const pool = prisma();
    await gate.close();
    const err = await saveStory(actor, input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    expect(toFailure(err)).toEqual({ ok: false, code: "failed", error: DATABASE_UNAVAILABLE_MESSAGE });
    expect(await stored(storyId)).toEqual(before);
    // In the real action the first query is the session's user lookup, outside any transaction:
    // Prisma reports that one as P1001 "Can't reach database server", with no socket error text.
    const lookup = await prisma()
      .user.findUnique({ where: { id: actor.id } })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(toFailure(lookup).error).toBe(DATABASE_UNAVAILABLE_MESSAGE);

    await gate.open();
    const saved = await saveStory(actor, input);
    expect(prisma()).toBe(pool); // the same client and pool recovered by itself
    expect(saved.version).toBe(before.version + 1);
    expect(await stored(storyId)).toEqual({ version: before.version + 1, title: "Saved after the outage", revisions: before.revisions + 1, headlines: ["Changed during the outage"] });
  });

  it("connection dropped mid-transaction (at the revision insert): rolled back whole, clear message, retry succeeds", async () => {
    const { actor, storyId, input, before } = await setup();
    // By then the version bump, title and claim rows were sent inside the transaction.
    gate.dropOn('INSERT INTO "public"."StoryRevision"');
    const err = await saveStory(actor, input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    expect(toFailure(err).error).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(await stored(storyId)).toEqual(before);

    gate.dropOn(null);
    const saved = await saveStory(actor, input);
    expect(saved.version).toBe(before.version + 1);
    expect((await stored(storyId)).headlines).toEqual(["Changed during the outage"]);
  });
});

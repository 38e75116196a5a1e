import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import { importBackendsGone, spawnImport, waitForWritingImport, writeSeedFiles } from "../../../bench/chaos/import-kill";
import { counts } from "../../../bench/reliability/setup";
import { resetDb } from "../helpers";

// `npm run import` killed with SIGKILL while its one transaction is writing: PostgreSQL rolls it
// back, so the database holds none of the files; run again, it holds all of them.

const N = 300;
let files: { dir: string; files: string[] };
let admin: pg.Client;

beforeAll(async () => {
  files = writeSeedFiles(N);
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
  fs.rmSync(files.dir, { recursive: true, force: true });
});
beforeEach(resetDb);

describe("import killed mid-run", () => {
  it("holds none of it after SIGKILL, all of it after a full run", { timeout: 90_000 }, async () => {
    const before = await counts();
    const child = spawnImport(process.env.DATABASE_URL!, files.files);
    let exited = false;
    const exit = new Promise((r) => child.once("exit", (code) => ((exited = true), r(code))));
    const tx = await waitForWritingImport(admin, () => exited, 200);
    child.kill("SIGKILL");
    await exit;
    expect(tx, "the import finished before it could be killed").not.toBeNull();
    expect(await importBackendsGone(admin)).toBe(true);
    expect(await counts()).toEqual(before);

    const again = spawnImport(process.env.DATABASE_URL!, files.files);
    expect(await new Promise((r) => again.once("exit", r))).toBe(0);
    const after = await counts();
    expect([after.stories, after.published]).toEqual([before.stories + N, before.published + N]);
  });
});

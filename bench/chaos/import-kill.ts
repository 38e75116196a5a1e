import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { seedLikeStory } from "../seed-like-story";
import { sleep, type Check } from "../reliability/report";
import { counts } from "../reliability/setup";

// Scenario 2: `npm run import` over many seed-shaped files is SIGKILLed while its transaction is
// writing. The database must hold none of it; run again to the end, it must hold all of it.

const APP = "chaos-import";

/** The import CLI as one node process (tsx as a loader, not the tsx wrapper that forks a child). */
export function spawnImport(url: string, files: string[]) {
  const u = new URL(url);
  u.searchParams.set("application_name", APP); // lets pg_stat_activity tell its backend apart
  return spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", ...files], { env: { ...process.env, DATABASE_URL: u.toString() }, stdio: ["ignore", "ignore", "pipe"] });
}

export function writeSeedFiles(n: number, offset = 0): { dir: string; files: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-chaos-import-"));
  const files = Array.from({ length: n }, (_, i) => {
    const file = path.join(dir, `${String(i).padStart(5, "0")}.txt`);
    fs.writeFileSync(file, seedLikeStory(offset + i));
    return file;
  });
  return { dir, files };
}

interface Backend {
  pid: number;
  age_ms: number;
  query: string;
}

/** Waits for the import's transaction to have been writing for `afterMs`; null if it ended first. */
export async function waitForWritingImport(admin: pg.Client, exited: () => boolean, afterMs: number): Promise<Backend | null> {
  let wrote = false;
  while (!exited()) {
    const { rows } = await admin.query<Backend>(
      `SELECT pid, (extract(epoch FROM now() - xact_start) * 1000)::int AS age_ms, query FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL`,
      [APP],
    );
    const tx = rows.find((r) => r.age_ms >= 0);
    if (tx && /insert/i.test(tx.query)) wrote = true;
    if (tx && wrote && tx.age_ms >= afterMs) return tx;
    await sleep(20);
  }
  return null;
}

export async function importBackendsGone(admin: pg.Client): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await admin.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1`, [APP]);
    if (!rows.length) return true;
    await sleep(100);
  }
  return false;
}

export async function importKillScenario(url: string, n: number, killAfterMs: number, log: (m: string) => void): Promise<Check[]> {
  const checks: Check[] = [];
  const check = (property: string, ok: boolean, observed: string) => checks.push({ property, ok, observed });
  const { dir, files } = writeSeedFiles(n, 100_000);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const before = await counts();
    log(`importing ${n} files; SIGKILL once its transaction has written for ${killAfterMs} ms`);
    const child = spawnImport(url, files);
    let exited = false;
    const exit = new Promise<number | null>((r) => child.once("exit", (code) => ((exited = true), r(code))));
    const tx = await waitForWritingImport(admin, () => exited, killAfterMs);
    child.kill("SIGKILL");
    await exit;
    check("the import was killed mid-transaction", tx !== null, tx ? `SIGKILL ${tx.age_ms} ms into its transaction (backend ${tx.pid}: ${tx.query.slice(0, 40)}…)` : "it finished before the kill: use more files");
    check("its backend went away (rolled back)", await importBackendsGone(admin), "no session of the import left");
    const afterKill = await counts();
    const same = Object.keys(before).every((k) => afterKill[k] === before[k]);
    check("after the kill: none of it", same, Object.entries(afterKill).map(([k, v]) => `${k} ${v}/${before[k]}`).join(", "));

    const rerun = spawnImport(url, files);
    const code = await new Promise<number | null>((r) => rerun.once("exit", r));
    const done = await counts();
    check("run again to the end: all of it", code === 0 && done.stories === before.stories + n && done.published === before.published + n, `exit ${code}, stories ${done.stories} (+${done.stories - before.stories}), published +${done.published - before.published}, claims +${done.claims - before.claims}, sources +${done.sources - before.sources}`);
  } finally {
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return checks;
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbedded } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { disconnect, prisma } from "@/lib/db/client";
import { importStories } from "@/lib/import/import-stories";
import { readSeedFiles } from "@/lib/import/read-seed-files";
import pgClient from "pg";
import { recreateDatabase } from "../tests/support/test-database";
import { seedLikeStory } from "./seed-like-story";

// npm run bench:import -- [--files N] [--keep]
// Writes N story files shaped like seeds/000 (varied titles, claims, sources) into a temp dir,
// then reads, parses and imports them through lib/import in one run (one transaction) into a
// throw-away database on the embedded server under .data/bench. Prints files, seconds, stories/s.
const { values: o } = parseArgs({ options: { files: { type: "string", default: "1000" }, keep: { type: "boolean", default: false } } });
const N = Number(o.files);
const log = (m: string) => console.error(`[bench:import] ${m}`);

async function dropDatabase(adminUrl: string, name: string) {
  const c = new pgClient.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-import-"));
  const pg = await startEmbedded(".data/bench", { exclusive: false });
  const dbName = "newsroom_bench_import";
  try {
    const files = Array.from({ length: N }, (_, i) => {
      const file = path.join(dir, `${String(i).padStart(4, "0")}.txt`);
      fs.writeFileSync(file, seedLikeStory(i));
      return file;
    });
    const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    log(`${N} files, ${(bytes / N / 1024).toFixed(1)} KiB each on average, in ${dir}`);

    await recreateDatabase(pg.url("postgres"), dbName);
    const url = pg.url(dbName);
    await migrate(url);
    process.env.DATABASE_URL = url;
    await prisma().$queryRaw`SELECT 1`; // connect before the clock starts

    const t0 = performance.now();
    const { stories, errors } = readSeedFiles(files);
    const t1 = performance.now();
    if (errors.length) throw new Error(`bench files did not parse: ${errors.slice(0, 3).map((e) => `${e.file}:${e.line}: ${e.message}`).join("; ")}`);
    const out = await importStories(stories, { status: "publish" });
    const t2 = performance.now();
    const created = out.filter((x) => x.action === "created").length;

    const t3 = performance.now();
    const again = await importStories(stories, { status: "publish" });
    const t4 = performance.now();
    const unchanged = again.filter((x) => x.action === "unchanged").length;

    const [stored, published] = [await prisma().story.count(), await prisma().publicStory.count()];
    const secs = (t2 - t0) / 1000;
    console.log(`files            ${N}`);
    console.log(`parse seconds    ${((t1 - t0) / 1000).toFixed(2)}`);
    console.log(`import seconds   ${((t2 - t1) / 1000).toFixed(2)}`);
    console.log(`total seconds    ${secs.toFixed(2)}  (target < 10)`);
    console.log(`stories/s        ${(N / secs).toFixed(0)}`);
    console.log(`re-run seconds   ${((t4 - t3) / 1000).toFixed(2)}  (${unchanged}/${N} unchanged)`);
    console.log(`stored           ${stored} stories, ${published} published, ${created} created`);
    if (stored !== N || published !== N || created !== N || unchanged !== N) throw new Error("the import did not store every story exactly once");
    return secs < 10 ? 0 : 1;
  } finally {
    await disconnect();
    if (!o.keep) {
      await dropDatabase(pg.url("postgres"), dbName).catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await pg.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

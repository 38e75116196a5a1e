import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { startEmbedded } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { disconnect, prisma } from "@/lib/db/client";
import { importStories } from "@/lib/import/import-stories";
import { recreateDatabase } from "../tests/support/test-database";
import { FEEDS, makeStory } from "./corpus";
import { measure, table, type LoadResult } from "./load";
import { publishLatency, saveLatency } from "./editor-latency";
import { proxyRun } from "./proxy";
import { rssMb, startNext, waitFor } from "./server";

// npm run bench -- [--stories N] [--duration S] [--connections C] [--proxy] [--skip-build] [--corpus-only]
const { values: o } = parseArgs({
  options: {
    stories: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    proxy: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    // Build (or check) the corpus and stop: a 100k corpus takes minutes and is reused by later runs.
    "corpus-only": { type: "boolean", default: false },
  },
});
const N = Number(o.stories);
const DURATION = Number(o.duration);
const CONN = Number(o.connections);
const PORT = 3300;
const base = `http://127.0.0.1:${PORT}`;
const log = (m: string) => console.error(`[bench] ${m}`);

async function buildCorpus(url: string): Promise<{ seconds: number; perSecond: number; reused: boolean }> {
  process.env.DATABASE_URL = url;
  const have = await prisma().publicStory.count().catch(() => -1);
  if (have === N) return { seconds: 0, perSecond: 0, reused: true };
  throw new Error("corpus must be rebuilt");
}

async function main() {
  const pg = await startEmbedded(".data/bench", { exclusive: false });
  const dbName = `newsroom_bench_${N}`;
  const url = pg.url(dbName);
  let corpus: { seconds: number; perSecond: number; reused: boolean };
  try {
    corpus = await buildCorpus(url);
    log(`reusing the corpus of ${N} stories in ${dbName}`);
  } catch {
    await disconnect();
    await recreateDatabase(pg.url("postgres"), dbName);
    await migrate(url);
    process.env.DATABASE_URL = url;
    log(`importing ${N} stories through lib/import (batches of 250)…`);
    const t0 = performance.now();
    for (let i = 0; i < N; i += 250) {
      const batch = Array.from({ length: Math.min(250, N - i) }, (_, k) => makeStory(i + k));
      await importStories(batch, { status: "publish" });
      if ((i / 250) % 8 === 0) log(`  ${i + batch.length}/${N}`);
    }
    const seconds = (performance.now() - t0) / 1000;
    corpus = { seconds: Math.round(seconds * 10) / 10, perSecond: Math.round(N / seconds), reused: false };
    log(`imported in ${corpus.seconds} s (${corpus.perSecond} stories/s)`);
  }
  await disconnect();
  if (o["corpus-only"]) {
    log(corpus.reused ? `corpus of ${N} stories already there` : `corpus ready: ${N} stories at ${corpus.perSecond} stories/s`);
    await pg.stop();
    return;
  }

  if (!o["skip-build"] || !fs.existsSync(".next/BUILD_ID")) {
    log("next build…");
    if (spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" }).status !== 0) throw new Error("build failed");
  }
  const server = startNext(PORT, { DATABASE_URL: url, NEXTAUTH_SECRET: randomBytes(24).toString("hex"), NEXTAUTH_URL: base, SITE_URL: base, SCHEDULER: "off", PORT: String(PORT) });
  try {
    await waitFor(`${base}/login`);
    // The measured story is never published over (each publish adds to its update log, so a
    // reused corpus would serve a bigger page every run); publishes go to its neighbour.
    const story = `/stories/bench-story-${Math.floor(N / 2) + 1}`;
    const feedDeep = await deepFeedPath("/feeds/world", 50);
    const targets: [string, string][] = [
      ["control: prerendered page", "/robots.txt"],
      ["story page", story],
      ["home feed", "/"],
      [`feed page ${feedDeep.depth} deep`, feedDeep.path],
      ["search", "/search?q=harbour+council"],
      ["RSS", "/rss.xml"],
    ];
    const results: LoadResult[] = [];
    for (const [name, path] of targets) {
      log(`load: ${name} (${path})`);
      results.push(await measure(name, base, path, CONN, DURATION));
    }
    process.env.DATABASE_URL = url;
    log("publish-to-visible latency (20 publishes under load)…");
    const publish = await publishLatency(base, `bench-story-${Math.floor(N / 2)}`, CONN);
    log("admin save latency (30 saves)…");
    const save = await saveLatency(`bench-story-${Math.floor(N / 3)}`);
    const memoryMb = rssMb(server.pid!);
    const proxied = o.proxy ? await proxyRun(PORT, story, CONN, DURATION, log) : null;

    const out = {
      at: new Date().toISOString(),
      corpus: { stories: N, feeds: FEEDS.length, claimsPerStory: 6, sourcesPerStory: 6, timelinePerStory: 5 },
      machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      versions: versions(),
      load: { connections: CONN, durationSeconds: DURATION, results },
      proxy: proxied,
      publishToVisibleMs: publish,
      adminSaveMs: save,
      importStoriesPerSecond: corpus.reused ? null : corpus.perSecond,
      serverMemoryMb: memoryMb,
    };
    fs.writeFileSync(`bench/results${N === 10000 ? "" : `-${N}`}.json`, JSON.stringify(out, null, 2) + "\n");
    console.log(`\n${N} stories, ${CONN} connections, ${DURATION} s each\n\n${table(results)}`);
    if (proxied) console.log(`\nthrough nginx:\n\n${table(proxied.results)}`);
    console.log(`\npublish → visible: p50 ${publish.p50} ms, max ${publish.max} ms; admin save: p50 ${save.p50} ms, p95 ${save.p95} ms`);
    console.log(`import: ${corpus.reused ? "corpus reused" : `${corpus.perSecond} stories/s`}; server memory after the run: ${memoryMb} MB`);
  } finally {
    server.kill("SIGTERM");
    await disconnect();
    await pg.stop();
  }
}

async function deepFeedPath(start: string, depth: number): Promise<{ path: string; depth: number }> {
  let path = start;
  let d = 1;
  for (; d < depth; d++) {
    const html = await (await fetch(base + path)).text();
    const next = /href="([^"]*\/older\/[^"]*)"/.exec(html)?.[1];
    if (!next) break;
    path = next.startsWith("http") ? new URL(next).pathname + new URL(next).search : next;
  }
  return { path, depth: d };
}

function versions() {
  const v = (p: string) => JSON.parse(fs.readFileSync(`node_modules/${p}/package.json`, "utf8")).version;
  return { next: v("next"), react: v("react"), prisma: v("@prisma/client"), postgres: "18 (embedded)", autocannon: v("autocannon") };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

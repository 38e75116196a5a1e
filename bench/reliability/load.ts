import { parseArgs } from "node:util";
import { z } from "zod";
import { disconnect, prisma } from "@/lib/db/client";
import { actionIds } from "./http-editor";
import { ensureBuild, startApp, warm } from "./app-server";
import { runEditors, type Ack } from "./editors";
import { freshDatabase, restartablePostgres } from "./postgres";
import { startNginx, waitFor } from "./nginx";
import { startReaders } from "./readers";
import { checkTable, type Check } from "./report";
import { seedNewsroom, storyId } from "./setup";

// npm run load -- [--seconds S] [--readers N] [--stories N] [--proxy] [--build]
// 200 readers (autocannon) on public pages plus 5 editors saving and publishing over real HTTP
// sessions (next-auth credentials sign-in, server actions) against a production server on a
// database of its own. Zero 5xx, zero lost saves: every acknowledged save must be in the history.
// --proxy puts the deployment's nginx (deploy/nginx.conf) in front for the readers, as in production;
// without it the readers hit the single app process directly, the harshest case.

const args = z
  .object({
    seconds: z.coerce.number().int().min(5).max(3600).default(60),
    readers: z.coerce.number().int().min(1).max(1000).default(200),
    stories: z.coerce.number().int().min(10).default(40),
    build: z.boolean().default(false),
    proxy: z.boolean().default(false),
  })
  .parse(parseArgs({ options: { seconds: { type: "string" }, readers: { type: "string" }, stories: { type: "string" }, build: { type: "boolean" }, proxy: { type: "boolean" } } }).values);
const log = (m: string) => console.error(`[load] ${m}`);
const pct = (xs: number[], p: number) => (xs.length ? Math.round([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]) : 0);

/** Acknowledged saves missing from the revision history (or stored with other content). */
async function missing(acks: Ack[]): Promise<Ack[]> {
  const revs = await prisma().storyRevision.findMany({ where: { storyId: { in: [...new Set(acks.map((a) => a.storyId))] }, kind: "SAVE" }, select: { storyId: true, version: true, snapshot: true } });
  const byKey = new Map(revs.map((r) => [`${r.storyId}@${r.version}`, r.snapshot as unknown as { claims: { headline: string }[] }]));
  return acks.filter((a) => byKey.get(`${a.storyId}@${a.version}`)?.claims[a.claim]?.headline !== a.marker);
}

async function main(): Promise<number> {
  const pg = await restartablePostgres(".data/load");
  try {
    const url = await freshDatabase(pg, "newsroom_load");
    log(`seeding ${args.stories} published stories and 5 editors`);
    await seedNewsroom(url, args.stories, 5);
    process.env.DATABASE_URL = url;
    ensureBuild(log, args.build);
    const app = await startApp(url, 3420, ".data/load/server.log");
    try {
      const stories = [1, 2, 3, 4].map((i) => `bench-story-${i}`);
      const paths = ["/", "/feeds", "/rss.xml", ...stories.map((s) => `/stories/${s}`), ...[5, 6, 7, 8].map((i) => `/stories/bench-story-${i}`)];
      await warm(app.base, paths);
      const ids = await Promise.all(stories.map(storyId));
      log(`${args.readers} readers and 5 editors for ${args.seconds} s`);
      const proxy = args.proxy ? startNginx(3420, 3421) : null;
      if (proxy) await waitFor(`${proxy.base}/`);
      const readers = startReaders(proxy?.base ?? app.base, paths, args.readers);
      const ed = await runEditors(app.base, actionIds(), ids, Date.now() + args.seconds * 1000);
      const r = await readers.stop();
      proxy?.stop();
      const t = readers.tally(0, readers.stoppedAt);
      const cut = readers.tally(readers.stoppedAt, Date.now());
      const lost = await missing(ed.acks);
      const rows: Check[] = [
        { property: "readers: zero 5xx", ok: t.s5xx === 0, observed: `${t.s5xx} 5xx of ${t.ok + t.s5xx + t.other} answers` },
        { property: "readers: every request answered", ok: t.errors === 0, observed: `${t.errors} connection errors/timeouts (${cut.errors} in-flight requests cut off by stopping the readers, not counted)${t.errors ? `: ${readers.errorKinds()}` : ""}` },
        { property: "editors: saves acknowledged", ok: ed.acks.length > 0 && ed.failures.length === 0, observed: `${ed.acks.length} of ${ed.attempted} (${ed.conflicts} conflicts refused, ${ed.failures.length} failures${ed.failures[0] ? `: ${ed.failures[0]}` : ""})` },
        { property: "editors: zero lost saves", ok: lost.length === 0, observed: `${ed.acks.length - lost.length} of ${ed.acks.length} acknowledged saves found in the history with their content` },
        { property: "editors: publishes", ok: ed.publishes > 0 && ed.publishFailures.length === 0, observed: `${ed.publishes} published, ${ed.publishFailures.length} failed${ed.publishFailures[0] ? `: ${ed.publishFailures[0]}` : ""}` },
        { property: "server stayed up", ok: app.alive(), observed: app.alive() ? "yes" : "the server process exited" },
      ];
      console.log(checkTable(`${args.readers} readers${proxy ? " (through nginx)" : ""} + 5 editors for ${args.seconds} s (server log: ${app.logFile})`, rows));
      console.log(
        `\nreaders: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.total} requests, ${t.s5xx} 5xx, ${t.errors} errors` +
          `\neditors: ${ed.attempted} saves attempted, ${ed.acks.length} acknowledged, ${ed.conflicts} conflicts, ${ed.acks.length - lost.length} found in history, ${ed.publishes} publishes; save p50 ${pct(ed.saveMs, 50)} ms, p95 ${pct(ed.saveMs, 95)} ms` +
          `\n(${new Date().toISOString()})`,
      );
      return rows.every((x) => x.ok) ? 0 : 1;
    } finally {
      app.stop();
    }
  } finally {
    await disconnect();
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

import { SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import { loadStory } from "@/lib/stories/load-story";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { stableJson } from "@/lib/util/stable-json";
import type { AppServer } from "../reliability/app-server";
import { HttpEditor } from "../reliability/http-editor";
import type { RestartablePostgres } from "../reliability/postgres";
import { startReaders } from "../reliability/readers";
import { sleep, within, type Check } from "../reliability/report";
import { EDITOR_PASSWORD, counts, editorEmail, storyId } from "../reliability/setup";

// Scenario 1: readers load cached public pages and an editor saves over HTTP while the database
// is stopped for `outageMs` and started again. The app server is never restarted.

const CLEAR = /database is unreachable.*nothing was saved/i;
const READER_PATHS = ["/", "/feeds", "/stories/bench-story-1", "/stories/bench-story-2", "/stories/bench-story-3", "/rss.xml"];

interface Doc {
  claims: { headline: string }[];
}

async function publishFromAnotherProcess(storyId: string, headline: string): Promise<void> {
  const b = await loadStory(prisma(), storyId);
  b.document.claims[0].headline = headline;
  const saved = await saveStory(SYSTEM_ACTOR, { storyId, baseVersion: b.version, document: b.document });
  await publishStory(SYSTEM_ACTOR, storyId, { baseVersion: saved.version });
}

export async function outageScenario(pg: RestartablePostgres, app: AppServer, ids: Map<string, string>, outageMs: number, log: (m: string) => void): Promise<Check[]> {
  const checks: Check[] = [];
  const check = (property: string, ok: boolean, observed: string) => checks.push({ property, ok, observed });
  const [idA, idB] = [await storyId("bench-story-1"), await storyId("bench-story-2")];
  const page = `/admin/stories/${idA}`;
  const editor = new HttpEditor(app.base, ids);
  await editor.signIn(editorEmail(0), EDITOR_PASSWORD);

  // A save before the fault, so the editor holds a real working copy and version.
  const loaded = await editor.action("loadStoryAction", { storyId: idA }, page);
  const story = loaded.data as { version: number; document: Doc };
  const run = Date.now().toString(36);
  story.document.claims[0].headline = `Before the outage ${run}`;
  const first = await editor.action("saveStoryAction", { storyId: idA, baseVersion: story.version, document: story.document }, page);
  if (!first.ok) throw new Error(`the baseline save failed: ${first.error}`);
  const base = (first.data as { version: number }).version;
  const before = await counts();

  const readers = startReaders(app.base, READER_PATHS, 20);
  await sleep(3000);
  log(`stopping PostgreSQL for ${outageMs / 1000} s`);
  const down = Date.now();
  await pg.stop();
  const marker = `Saved across the outage ${run}`;
  const input = { storyId: idA, baseVersion: base, document: { ...story.document, claims: [{ ...story.document.claims[0], headline: marker }, ...story.document.claims.slice(1)] } };
  const attempts: { ms: number; code?: string; error?: string }[] = [];
  for (const at of [500, outageMs / 2]) {
    await sleep(Math.max(0, down + at - Date.now()));
    const t0 = Date.now();
    const r = await editor.action("saveStoryAction", input, page);
    attempts.push({ ms: Date.now() - t0, code: r.ok ? "ok" : r.code, error: r.error });
  }
  await sleep(Math.max(0, down + outageMs - Date.now()));
  await pg.start();
  const up = Date.now();
  log(`PostgreSQL is back after ${((up - down) / 1000).toFixed(1)} s`);
  // Another process publishes at once, before the app's LISTEN connection (backing off) is back:
  // its NOTIFY reaches no one, so only a catch-up on reconnect can bring this page up to date.
  const markerB = `Published by another process ${run}`;
  await publishFromAnotherProcess(idB, markerB);
  const publishedB = Date.now();

  const during = readers.tally(down, up);
  check("readers during the outage: no 5xx", during.s5xx === 0 && during.errors === 0, `${during.ok} ok, ${during.s5xx} 5xx, ${during.errors} errors, ${during.other} other`);
  check("readers during the outage: pages served", during.ok > 0, `${Math.round(during.ok / ((up - down) / 1000))} req/s from cache`);
  for (const [i, a] of attempts.entries()) {
    console.log(`  save attempt ${i + 1} during the outage (${a.ms} ms): [${a.code}] ${a.error}`);
    check(`save ${i + 1} during the outage fails clearly`, a.code === "failed" && CLEAR.test(a.error ?? ""), `${a.code} in ${a.ms} ms: "${a.error}"`);
  }
  const untouched = await prisma().story.findUniqueOrThrow({ where: { id: idA } });
  const afterFail = await counts();
  check("failed saves wrote nothing", untouched.version === base && afterFail.revisions === before.revisions + 2, `version ${untouched.version} (was ${base}), revisions ${afterFail.revisions} (was ${before.revisions}, +2 from the other process)`);

  // The editor presses Save again: the same input, against the same app process.
  let retries = 0;
  let saved: { version: number } | null = null;
  while (!saved && retries < 10) {
    retries++;
    const r = await editor.action("saveStoryAction", input, page);
    if (r.ok) saved = r.data as { version: number };
    else await sleep(1000);
  }
  check("the same save succeeds on retry", !!saved && saved.version === base + 1, saved ? `version ${saved.version} on attempt ${retries}` : `failed ${retries} times`);

  // Recovery without a restart: an HTTP publish (pool), and a publish from another process
  // (only the LISTEN listener tells this server's cache about that one).
  const pub = saved ? await editor.action("publishStoryAction", { storyId: idA, baseVersion: saved.version }, page) : null;
  const seenA = pub?.ok ? await within(20_000, async () => (await (await fetch(`${app.base}/stories/bench-story-1`)).text()).includes(marker)) : null;
  check("publish over HTTP after the outage is visible", seenA !== null, pub?.ok ? (seenA !== null ? `visible after ${seenA} ms` : "not visible in 20 s") : `publish failed: ${pub?.error}`);
  const seenB = await within(30_000, async () => (await (await fetch(`${app.base}/stories/bench-story-2`)).text()).includes(markerB));
  check("publish by another process during the listener gap reaches the cache", seenB !== null, seenB !== null ? `visible ${Date.now() - publishedB} ms after it was published` : "not visible in 30 s");

  const result = await readers.stop();
  const afterAll = readers.tally(0, readers.stoppedAt);
  check("readers over the whole run: no 5xx", afterAll.s5xx === 0 && afterAll.errors === 0, `${afterAll.ok} ok, ${afterAll.s5xx} 5xx, ${afterAll.errors} errors; ${Math.round(result.requests.average)} req/s`);
  check("the app server was not restarted", app.alive(), app.alive() ? `pid ${app.child.pid} still serving` : "the server process exited");

  // Nothing lost or half-written: versions contiguous, the working copy equals its latest
  // snapshot, the marker stored exactly once as a save, and no other rows appeared or vanished.
  const revs = await prisma().storyRevision.findMany({ where: { storyId: idA }, orderBy: { version: "asc" } });
  const current = await loadStory(prisma(), idA);
  const contiguous = revs.every((r, i) => r.version === i + 1) && revs.at(-1)?.version === current.version;
  const savesWithMarker = revs.filter((r) => r.kind === "SAVE" && (r.snapshot as unknown as Doc).claims[0]?.headline === marker);
  const same = stableJson(revs.at(-1)?.snapshot) === stableJson(current.document); // jsonb reorders keys
  check("history intact: versions 1..N, working copy = last snapshot", contiguous && same, `versions ${revs[0]?.version}..${revs.at(-1)?.version}, story at ${current.version}, snapshot ${same ? "matches" : "DIFFERS"}`);
  check("the retried save stored exactly once", savesWithMarker.length === 1, `${savesWithMarker.length} save revision(s) with the marker`);
  const end = await counts();
  const stable = (["stories", "sources", "claims", "timeline"] as const).every((k) => end[k] === before[k]);
  check("no rows lost or added besides the 4 revisions", stable && end.revisions === before.revisions + 4, `stories ${end.stories}/${before.stories}, claims ${end.claims}/${before.claims}, sources ${end.sources}/${before.sources}, revisions ${end.revisions} (was ${before.revisions})`);
  return checks;
}

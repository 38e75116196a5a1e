import { parseArgs } from "node:util";
import { toImportJson } from "@/lib/seeds/to-import-json";
import { importStories } from "@/lib/import/import-stories";
import { ImportError } from "@/lib/import/import-error";
import { readSeedFiles } from "@/lib/import/read-seed-files";
import { migrate } from "@/lib/db/migrate";
import { disconnect } from "@/lib/db/client";
import { openDatabase } from "./database";

// npm run import -- [--dry-run] [--json] [--feed SLUG] [--publish|--draft] FILE...
const USAGE = "usage: npm run import -- [--dry-run] [--json] [--feed SLUG] [--publish | --draft] FILE...";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        feed: { type: "string" },
        publish: { type: "boolean", default: false },
        draft: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals: files } = args;
  if (o.help) return console.log(USAGE), 0;
  if (!files.length) return console.error(USAGE), 2;
  if (o.publish && o.draft) return console.error("--publish and --draft cannot be used together"), 2;

  const { stories, errors } = readSeedFiles(files);
  for (const w of stories.flatMap((s) => s.warnings.map((m) => `${s.file}: warning: ${m}`))) console.error(w);
  if (errors.length) {
    for (const e of errors) console.error(`${e.file}:${e.line}: ${e.message}`);
    console.error(`import failed: ${errors.length} error(s); nothing was written`);
    return 1;
  }
  if (o.json) {
    const json = stories.map((s) => toImportJson(o.feed ? { ...s, feed: o.feed } : s));
    console.log(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
  }
  if (o["dry-run"]) {
    if (!o.json) console.error(`dry run: ${stories.length} file(s) parsed, nothing written`);
    return 0;
  }
  const db = await openDatabase({ exclusive: false });
  process.env.DATABASE_URL = db.url;
  try {
    await migrate(db.url); // a fresh DATA_DIR has no tables yet; a migrated one applies nothing
    const started = performance.now();
    const out = await importStories(stories, { feed: o.feed, status: o.draft ? "draft" : "publish" });
    const secs = (performance.now() - started) / 1000;
    for (const x of out) if (x.note) console.error(`${x.file}: ${x.note}`);
    const count = (a: string) => out.filter((x) => x.action === a).length;
    console.error(`imported ${out.length} file(s) in ${secs.toFixed(2)} s: ${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged`);
    return 0;
  } catch (e) {
    // ImportError messages are already `FILE:LINE: message`.
    console.error(e instanceof ImportError ? e.message : `import failed: ${(e as Error).message}`);
    console.error("import failed: nothing was written");
    return 1;
  } finally {
    await disconnect();
    await db.close();
  }
}

main().then((code) => process.exit(code));

import { parseArgs } from "node:util";
import { z } from "zod";
import { disconnect } from "@/lib/db/client";
import { actionIds } from "../reliability/http-editor";
import { ensureBuild, startApp, warm } from "../reliability/app-server";
import { freshDatabase, restartablePostgres } from "../reliability/postgres";
import { checkTable, type Check } from "../reliability/report";
import { seedNewsroom } from "../reliability/setup";
import { importKillScenario } from "./import-kill";
import { outageScenario } from "./outage";

// npm run chaos -- [--stories N] [--outage-seconds S] [--import-files N] [--kill-after-ms MS] [--only outage|import] [--build]
// Faults against a production server on a database of its own (.data/chaos): the
// database stopped and restarted under readers and an editor, and the importer SIGKILLed.
// Prints a PASS/FAIL table; exits 1 when any property is violated.

const args = z
  .object({
    stories: z.coerce.number().int().min(5).default(40),
    "outage-seconds": z.coerce.number().min(2).max(120).default(10),
    "import-files": z.coerce.number().int().min(10).default(1000),
    "kill-after-ms": z.coerce.number().int().min(0).default(500),
    only: z.enum(["outage", "import"]).optional(),
    build: z.boolean().default(false),
  })
  .parse(
    parseArgs({
      options: { stories: { type: "string" }, "outage-seconds": { type: "string" }, "import-files": { type: "string" }, "kill-after-ms": { type: "string" }, only: { type: "string" }, build: { type: "boolean" } },
    }).values,
  );
const log = (m: string) => console.error(`[chaos] ${m}`);

async function main(): Promise<number> {
  const started = Date.now();
  const pg = await restartablePostgres(".data/chaos");
  const tables: string[] = [];
  const all: Check[] = [];
  try {
    const url = await freshDatabase(pg, "newsroom_chaos");
    log(`seeding ${args.stories} published stories and an editor`);
    await seedNewsroom(url, args.stories, 1);
    process.env.DATABASE_URL = url;
    if (args.only !== "import") {
      ensureBuild(log, args.build);
      const app = await startApp(url, 3410, ".data/chaos/server.log");
      try {
        await warm(app.base, ["/", "/feeds", "/rss.xml", ...[1, 2, 3].map((i) => `/stories/bench-story-${i}`)]);
        const rows = await outageScenario(pg, app, actionIds(), args["outage-seconds"] * 1000, log);
        all.push(...rows);
        tables.push(checkTable(`database stopped for ${args["outage-seconds"]} s under readers and an editor (server log: ${app.logFile})`, rows));
      } finally {
        app.stop();
      }
    }
    if (args.only !== "outage") {
      const rows = await importKillScenario(url, args["import-files"], args["kill-after-ms"], log);
      all.push(...rows);
      tables.push(checkTable(`import of ${args["import-files"]} files killed with SIGKILL`, rows));
    }
  } finally {
    await disconnect();
    await pg.stop();
  }
  const failed = all.filter((c) => !c.ok).length;
  console.log(tables.join("\n"));
  console.log(`\nchaos: ${all.length - failed} passed, ${failed} failed in ${Math.round((Date.now() - started) / 1000)} s (${new Date().toISOString()})`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

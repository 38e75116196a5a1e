import { importStories } from "@/lib/import/import-stories";
import { readSeedFiles, seedFilesIn } from "@/lib/import/read-seed-files";
import { disconnect } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { ImportError } from "@/lib/import/import-error";
import { openDatabase } from "./database";

// npm run seed: imports every seeds/*.txt, published. Idempotent.
const files = seedFilesIn("seeds");
const { stories, errors } = readSeedFiles(files);
if (errors.length) {
  for (const e of errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  process.exit(1);
}
const db = await openDatabase({ exclusive: false });
process.env.DATABASE_URL = db.url;
let code = 0;
try {
  await migrate(db.url); // a fresh DATA_DIR has no tables yet; a migrated one applies nothing
  const out = await importStories(stories, { status: "publish" });
  for (const o of out) console.log(`${o.action.padEnd(9)} ${o.slug}  (${o.file})${o.note ? ` — ${o.note}` : ""}`);
} catch (e) {
  console.error(e instanceof ImportError ? e.message : `seed failed: ${(e as Error).message}`);
  console.error("seed failed: nothing was written");
  code = 1;
} finally {
  await disconnect();
  await db.close();
}
process.exit(code);

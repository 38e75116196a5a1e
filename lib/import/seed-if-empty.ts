import { prisma } from "@/lib/db/client";
import { importStories } from "@/lib/import/import-stories";
import { readSeedFiles, seedFilesIn } from "@/lib/import/read-seed-files";

/** On a database with no stories, import seeds/ so the first screen is the real story. */
export async function seedIfEmpty(log: (m: string) => void): Promise<void> {
  if ((await prisma().story.count()) > 0) return;
  const { stories, errors } = readSeedFiles(seedFilesIn("seeds"));
  for (const e of errors) log(`seed ${e.file}:${e.line}: ${e.message}`);
  if (errors.length || !stories.length) return;
  const out = await importStories(stories, { status: "publish" });
  log(`imported ${out.length} seed stor${out.length === 1 ? "y" : "ies"} from seeds/`);
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importStories, type ImportOptions } from "@/lib/import/import-stories";
import { readSeedFiles } from "@/lib/import/read-seed-files";

export const SEED = "seeds/000_c5bc34af602a9b8c.txt";
export const seedText = () => fs.readFileSync(SEED, "utf8");
export const fixture = (name: string) => `tests/fixtures/seeds/${name}`;

/** A fresh temp folder; `write(name, text)` puts a file in it and returns its path. */
export function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-import-test-"));
  return {
    dir,
    write: (name: string, text: string | Buffer) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** What `npm run import` does in-process: parse all files, then import all or nothing. */
export async function importFiles(files: string[], opts: Partial<ImportOptions> = {}) {
  const { stories, errors } = readSeedFiles(files);
  if (errors.length) throw new Error(errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n"));
  return importStories(stories, { status: "publish", ...opts });
}

import fs from "node:fs";
import path from "node:path";
import { parseSeed } from "@/lib/seeds/parse-seed";
import type { ParsedStory, SeedError } from "@/lib/seeds/types";

/** Reads and parses every file; all errors of all files, or all stories. Writes nothing. */
export function readSeedFiles(files: string[]): { stories: ParsedStory[]; errors: SeedError[] } {
  const stories: ParsedStory[] = [];
  const errors: SeedError[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file).toString("utf8");
    } catch (e) {
      errors.push({ file, line: 0, message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    const res = parseSeed(text, path.relative(process.cwd(), path.resolve(file)));
    if (res.ok) stories.push(res.story);
    else errors.push(...res.errors);
  }
  const slugs = new Map<string, string>();
  for (const s of stories) {
    const key = s.slug ?? s.title.toLowerCase();
    if (slugs.has(key)) errors.push({ file: s.file, line: 1, message: `the same story as ${slugs.get(key)}` });
    slugs.set(key, s.file);
  }
  return { stories, errors };
}

export function seedFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(dir, f));
}

import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import path from "node:path";
import { parseSeed } from "@/lib/seeds/parse-seed";
import type { ParsedStory, SeedError } from "@/lib/seeds/types";
import { storySlug } from "./story-slug";

/** Reads and parses every file; all errors of all files, or all stories. Writes nothing. */
export function readSeedFiles(files: string[]): { stories: ParsedStory[]; errors: SeedError[] } {
  const stories: ParsedStory[] = [];
  const errors: SeedError[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      errors.push({ file, line: 0, message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    // Messages name the file as it was given ("seeds/x.txt", "/tmp/y.txt").
    const text = bytes.toString("utf8");
    const res = parseSeed(text, path.normalize(file));
    if (!res.ok) errors.push(...res.errors);
    else if (!isUtf8(bytes)) {
      // A Windows-1252 or Latin-1 page would lose its quotes and accents to U+FFFD: refuse it.
      const at = text.indexOf("\uFFFD");
      errors.push({ file: path.normalize(file), line: text.slice(0, at).split(/\r\n|\r|\n/).length, message: "not UTF-8 text (save the file as UTF-8)" });
    } else stories.push(res.story);
  }
  // Two files that would land on one story: the second would silently overwrite the first.
  const slugs = new Map<string, string>();
  for (const s of stories) {
    const key = storySlug(s);
    if (slugs.has(key)) errors.push({ file: s.file, line: s.line, message: `the same story (address "${key}") as ${slugs.get(key)}` });
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

import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { parseSeed } from "@/lib/seeds/parse-seed";
import type { ParsedStory, SeedError } from "@/lib/seeds/types";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export const readRepoFile = (rel: string) => fs.readFileSync(ROOT + rel, "utf8");
export const fixture = (name: string) => readRepoFile(`tests/fixtures/seeds/${name}`);
export const fixtureNames = () => fs.readdirSync(ROOT + "tests/fixtures/seeds").filter((f) => f.endsWith(".txt")).sort();

/** Parses and fails the test with the errors when the document did not parse. */
export function story(text: string, file = "test.txt"): ParsedStory {
  const r = parseSeed(text, file);
  if (!r.ok) throw new Error(`expected a story, got errors: ${JSON.stringify(r.errors, null, 1)}`);
  return r.story;
}

export function errors(text: string, file = "test.txt"): SeedError[] {
  const r = parseSeed(text, file);
  if (r.ok) throw new Error("expected errors, the document parsed");
  return r.errors;
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i + 1;
}

/** A small valid document; parts can be replaced to build error cases. */
export function doc(parts: {
  feed?: string;
  title?: string | null;
  updated?: string | null;
  claims?: string[];
  sources?: string | null;
  sourceLines?: string[];
  timeline?: string[] | null;
}): string {
  const p: string[] = [parts.feed ?? "Top Headlines", "Feeds"];
  if (parts.title !== null) p.push(parts.title ?? "City Council Approves New Budget After Long Debate");
  if (parts.updated !== null) p.push(parts.updated ?? "Updated (2 articles)");
  p.push(
    ...(parts.claims ?? [
      "Council Passes Budget The council approved the budget late on Tuesday [1].",
      "Mayor Welcomes Vote Mayor Jane Ortiz said the plan protects libraries [1][2].",
    ]),
  );
  if (parts.sources !== null) p.push(parts.sources ?? "Sources (2 articles)");
  if (parts.sourceLines?.length) p.push(parts.sourceLines.join("\n"));
  if (parts.timeline !== null) {
    p.push("Timeline");
    p.push(...(parts.timeline ?? ["Mar 3 2026 – The council votes on the budget[1]."]));
  }
  return p.join("\n\n") + "\n";
}

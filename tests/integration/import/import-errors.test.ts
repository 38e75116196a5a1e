import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ImportError } from "@/lib/import/import-error";
import { importStories } from "@/lib/import/import-stories";
import { readSeedFiles } from "@/lib/import/read-seed-files";
import { resetDb } from "../helpers";
import { counts, dumpDb } from "./db-dump";
import { SEED, fixture, importFiles, seedText, tempDir } from "./files";

let tmp: ReturnType<typeof tempDir>;
beforeEach(async () => {
  await resetDb();
  tmp = tempDir();
  // A database with content in it: "nothing written" must mean nothing changed, not "still empty".
  await importFiles([fixture("001_chile_earthquake.txt"), fixture("004_euro_final.txt")]);
});
afterEach(() => tmp.remove());

const seed = seedText();
/** The page as UTF-8 bytes, but with one ’ written as the single Windows-1252 byte 0x92. */
function windows1252Apostrophe(text: string, at: string): Buffer {
  const i = Buffer.byteLength(text.slice(0, text.indexOf(at) + at.indexOf("’")));
  const bytes = Buffer.from(text);
  return Buffer.concat([bytes.subarray(0, i), Buffer.from([0x92]), bytes.subarray(i + 3)]);
}
// Each bad input, and the line its error must point at.
const BAD: { name: string; text: string | Buffer; line: number; message: RegExp }[] = [
  { name: "citation to a missing source", text: seed.replace("[2][3]. The summit thus", "[2][7]. The summit thus"), line: 17, message: /claim 5 cites \[7\] but the story has 4 article/ },
  { name: "unparseable date", text: seed.replace(/Jan\u202f13\u202f2026(?= – The leaders)/, "Jan 45 2026"), line: 27, message: /unparseable timeline date "Jan 45 2026"/ },
  { name: "Updated count disagreeing with Sources", text: seed.replace("Updated (4 articles)", "Updated (5 articles)"), line: 19, message: /"Updated \(5 articles\)" disagrees with "Sources \(4 articles\)"/ },
  { name: "empty file", text: "", line: 1, message: /empty file/ },
  { name: "blank file", text: "\n  \n\t\n", line: 1, message: /empty file/ },
  { name: "binary file", text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), line: 3, message: /binary file/ },
  { name: "not UTF-8 (Windows-1252 quotes)", text: windows1252Apostrophe(seed, "Takaichi’s October"), line: 9, message: /not UTF-8 text/ },
  { name: "missing title", text: seed.replace(/^Second Seoul.*\n\n/m, ""), line: 5, message: /missing title/ },
];

describe("bad input: FILE:LINE errors, and the database stays byte-for-byte as it was", () => {
  for (const bad of BAD) {
    it(`${bad.name}, alone and next to a good file`, async () => {
      const file = tmp.write("bad.txt", bad.text);
      const before = await dumpDb();
      for (const files of [[file], [SEED, file], [file, SEED]]) {
        const { stories, errors } = readSeedFiles(files);
        expect(errors.map((e) => `${e.file}:${e.line}: ${e.message}`)[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${bad.line}: `));
        expect(errors[0].message).toMatch(bad.message);
        expect(stories.map((s) => s.file)).not.toContain(file);
        await expect(importFiles(files)).rejects.toThrow(bad.message);
      }
      expect(await dumpDb()).toEqual(before);
    });
  }

  it("reports every error of every file in one run", async () => {
    const a = tmp.write("a.txt", BAD[0].text);
    const b = tmp.write("b.txt", BAD[1].text);
    const { errors } = readSeedFiles([a, SEED, b, tmp.dir + "/missing.txt"]);
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual([`${a}:17`, `${b}:27`, `${tmp.dir}/missing.txt:0`]);
    expect(errors[2].message).toBe("cannot read file: ENOENT");
  });

  it("refuses two files that are the same story", async () => {
    const copy = tmp.write("copy.txt", seed);
    const { errors } = readSeedFiles([SEED, copy]);
    expect(errors).toEqual([{ file: copy, line: 5, message: expect.stringMatching(/^the same story \(address "second-seoul-tokyo-.*"\) as seeds\/000/) }]);
  });

  it("rolls back every file of a run when one fails in the database (after others were written)", async () => {
    const before = await dumpDb();
    // The Euro final story was deleted by an editor: updating it fails inside the transaction,
    // after the Chile story's update and the new seed story were already written.
    const euro = await prisma().story.findFirstOrThrow({ where: { slug: { startsWith: "spain" } } });
    await prisma().story.update({ where: { id: euro.id }, data: { deletedAt: new Date() } });
    const deleted = await dumpDb();
    const chile = tmp.write("chile.txt", (await import("node:fs")).readFileSync(fixture("001_chile_earthquake.txt"), "utf8").replace("Officials in Chile", "Officials across Chile"));
    const euroFile = tmp.write("euro.txt", (await import("node:fs")).readFileSync(fixture("004_euro_final.txt"), "utf8").replace("Spain beat France", "Spain defeated France"));
    const { stories, errors } = readSeedFiles([chile, SEED, euroFile]);
    expect(errors).toEqual([]);
    const err = await importStories(stories, { status: "publish" }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(new RegExp(`^${euroFile}:\\d+: This story does not exist \\(or was deleted\\)`));
    expect(await dumpDb()).toEqual(deleted);
    expect(counts(deleted)).toEqual(counts(before));
  });
});

describe("input the parser accepts but the write path refuses: located, nothing written", () => {
  it("a claim citing nothing cannot be published (it can be a draft)", async () => {
    const file = tmp.write("bare.txt", seed.replace(/^Historical Issues .*$/m, "Historical Issues Set Aside While Trust Building Continues Both sides acknowledged lingering disputes."));
    const before = await dumpDb();
    await expect(importFiles([fixture("002_apple_earnings.txt"), file])).rejects.toThrow(new RegExp(`^${file}:17: claim 5 .* cites no source`));
    expect(await dumpDb()).toEqual(before);
    await expect(importFiles([file], { status: "draft" })).resolves.toEqual([expect.objectContaining({ action: "created" })]);
  });

  it("a claim longer than the editor allows fails at its line", async () => {
    const file = tmp.write("long.txt", seed.replace("while deepening bilateral ties", `while deepening ${"very ".repeat(5000)}bilateral ties`));
    const before = await dumpDb();
    const err = await importFiles([fixture("002_apple_earnings.txt"), file]).catch((e) => e);
    expect(err.message).toMatch(new RegExp(`^${file}:9: claims 1: `));
    expect(await dumpDb()).toEqual(before);
  });
});

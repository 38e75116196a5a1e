import { hashPassword } from "../../lib/auth/password";
import { prisma, disconnect } from "../../lib/db/client";
import { importStories } from "../../lib/import/import-stories";
import { readSeedFiles, seedFilesIn } from "../../lib/import/read-seed-files";

export const E2E_PASSWORD = "correct-horse-battery";
export const E2E_USERS = {
  admin: { email: "admin@test.local", name: "Ada Admin", role: "ADMIN" },
  editor: { email: "editor@test.local", name: "Eddie Editor", role: "EDITOR" },
  writer: { email: "writer@test.local", name: "Wren Writer", role: "WRITER" },
} as const;

/** The e2e database: one user per role and the seeds, imported and published. */
export async function prepareE2eDatabase(): Promise<void> {
  const passwordHash = await hashPassword(E2E_PASSWORD);
  for (const u of Object.values(E2E_USERS)) {
    await prisma().user.upsert({ where: { email: u.email }, create: { ...u, passwordHash }, update: {} });
  }
  const { stories, errors } = readSeedFiles(seedFilesIn("seeds"));
  if (errors.length) throw new Error(errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n"));
  await importStories(stories, { status: "publish" });
  await disconnect();
}

import type { Tx } from "@/lib/db/client";
import { slugify } from "./slugify";

/** slugify(base), with -2, -3… appended when another story has it. */
export async function uniqueSlug(tx: Tx, base: string, exceptStoryId: string | null): Promise<string> {
  const root = slugify(base);
  const taken = new Set(
    (await tx.story.findMany({ where: { slug: { startsWith: root }, NOT: exceptStoryId ? { id: exceptStoryId } : undefined }, select: { slug: true } })).map((s) => s.slug),
  );
  if (!taken.has(root)) return root;
  for (let i = 2; ; i++) if (!taken.has(`${root}-${i}`)) return `${root}-${i}`;
}

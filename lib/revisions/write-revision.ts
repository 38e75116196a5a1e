import type { Tx } from "@/lib/db/client";
import type { RevisionKind } from "@/lib/generated/prisma/enums";
import type { StoryDocument } from "@/lib/stories/schema";

/** A full snapshot per version; (storyId, version) is unique, so history can have no duplicates. */
export async function writeRevision(
  tx: Tx,
  r: { storyId: string; version: number; kind: RevisionKind; snapshot: StoryDocument; authorId: string | null; note?: string },
) {
  return tx.storyRevision.create({
    data: { storyId: r.storyId, version: r.version, kind: r.kind, snapshot: r.snapshot as object, authorId: r.authorId, note: r.note ?? null },
  });
}

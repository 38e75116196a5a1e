import type { Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

/** The refusal for a write based on an old version: who made the latest version, and when. */
export async function conflictWithLatest(tx: Tx, storyId: string, currentVersion: number, fallbackAt: Date | null = null): Promise<ConflictError> {
  const last = await tx.storyRevision.findFirst({ where: { storyId }, orderBy: { version: "desc" }, select: { createdAt: true, author: { select: { name: true, email: true } } } });
  return new ConflictError(currentVersion, last?.author?.name ?? last?.author?.email ?? null, last?.createdAt ?? fallbackAt);
}

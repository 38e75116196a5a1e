import type { Tx } from "@/lib/db/client";

export const CACHE_CHANNEL = "newsroom_cache";

/**
 * Announces changed cache tags to every app instance. NOTIFY is transactional: it is delivered
 * on commit and never for a rolled-back change. Each instance listens (lib/cache/listen.ts) and
 * revalidates its own cache, so a publish from any instance or script reaches all of them.
 */
export async function notifyTags(tx: Tx, tagList: string[]): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${JSON.stringify([...new Set(tagList)])})`;
}

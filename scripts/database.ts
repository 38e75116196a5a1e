import { config } from "@/lib/config";
import { ensureDatabase, startEmbedded, type EmbeddedHandle } from "@/lib/db/embedded-postgres";

// Where scripts get their database: DATABASE_URL when set, else the embedded PostgreSQL under
// DATA_DIR (shared with a running app server, or started for the duration of the script).

export const APP_DATABASE = "newsroom";

export interface Database {
  url: string;
  embedded?: EmbeddedHandle;
  close(): Promise<void>;
}

export async function openDatabase(opts: { exclusive: boolean; log?: (m: string) => void }): Promise<Database> {
  const cfg = config();
  if (cfg.DATABASE_URL) return { url: cfg.DATABASE_URL, close: async () => {} };
  const embedded = await startEmbedded(cfg.DATA_DIR, opts);
  await ensureDatabase(embedded.url("postgres"), APP_DATABASE);
  return { url: embedded.url(APP_DATABASE), embedded, close: () => embedded.stop() };
}

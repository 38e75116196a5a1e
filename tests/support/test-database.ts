import pg from "pg";
import { ensureDatabase, startEmbedded } from "../../lib/db/embedded-postgres";
import { migrate } from "../../lib/db/migrate";

// Tests run on a real PostgreSQL: TEST_DATABASE_URL as given (its schema is reset), else a
// throw-away database on DATABASE_URL's server, else the embedded server under .data/test.

export interface TestDatabase {
  url: string;
  adminUrl: string;
  close(): Promise<void>;
}

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await ensureDatabase(adminUrl, name);
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function prepareTestDatabase(name: string): Promise<TestDatabase> {
  if (process.env.TEST_DATABASE_URL) {
    const url = process.env.TEST_DATABASE_URL;
    await query(url, "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
    await migrate(url);
    return { url, adminUrl: url, close: async () => {} };
  }
  if (process.env.DATABASE_URL) {
    const adminUrl = process.env.DATABASE_URL;
    await recreateDatabase(adminUrl, name);
    const url = withDatabase(adminUrl, name);
    await migrate(url);
    return { url, adminUrl, close: async () => {} };
  }
  const embedded = await startEmbedded(".data/test", { exclusive: false });
  const adminUrl = embedded.url("postgres");
  await recreateDatabase(adminUrl, name);
  const url = embedded.url(name);
  await migrate(url);
  return { url, adminUrl, close: () => embedded.stop() };
}

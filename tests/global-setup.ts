import { prepareTestDatabase } from "./support/test-database";

// Vitest: one fresh, migrated database for the run (TEST_DATABASE_URL when the runner gave one).
export default async function setup() {
  const db = await prepareTestDatabase("newsroom_test_unit");
  process.env.DATABASE_URL = db.url;
  return async () => {
    await db.close();
  };
}

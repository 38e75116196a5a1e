import { migrate } from "@/lib/db/migrate";
import { openDatabase } from "./database";

// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database.
const db = await openDatabase({ exclusive: false });
try {
  const applied = await migrate(db.url);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
} finally {
  await db.close();
}

import fs from "node:fs";
import path from "node:path";
import { schemaDrift } from "@/lib/db/migrate";
import { openDatabase } from "./database";

// `npm run db:migration -- NAME`: writes prisma/migrations/<timestamp>_NAME/migration.sql with the
// SQL that brings the migrations up to schema.prisma (what `prisma migrate dev --create-only` does,
// without the native engine).
const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- NAME");
  process.exit(2);
}
const db = await openDatabase({ exclusive: false });
try {
  const sql = await schemaDrift(db.url);
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("schema.prisma and the migrations agree: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    const lock = path.join("prisma", "migrations", "migration_lock.toml");
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
    console.log(`wrote ${dir}/migration.sql`);
  }
} finally {
  await db.close();
}

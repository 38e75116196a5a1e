import fs from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { withSchemaEngine } from "./schema-engine";

const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

export function readDatamodel(): string {
  return fs.readFileSync(path.join(PRISMA_DIR, "schema.prisma"), "utf8");
}

export function migrationList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const dirs = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

/** Applies pending migrations (like `prisma migrate deploy`); returns the names applied. */
export async function migrate(url: string): Promise<string[]> {
  return withSchemaEngine(url, readDatamodel(), async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationList(), filters: { externalTables: [], externalEnums: [] } });
    return out.appliedMigrationNames;
  });
}

/** SQL from an empty database to schema.prisma: the body of a first migration. */
export async function sqlFromEmpty(url: string): Promise<string> {
  return withSchemaEngine(url, readDatamodel(), async (engine) => {
    const res = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: path.join(PRISMA_DIR, "schema.prisma"), content: readDatamodel() }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return res.stdout ?? "";
  });
}

/**
 * SQL that would take a database built from the migrations to schema.prisma ("" when in sync).
 * Uses a throw-away shadow database on the same server.
 */
export async function schemaDrift(url: string, datamodel = readDatamodel()): Promise<string> {
  return withSchemaEngine(url, datamodel, async (engine) => {
    const res = await engine.diff({
      from: { tag: "migrations", ...migrationList() },
      to: { tag: "schemaDatamodel", files: [{ path: path.join(PRISMA_DIR, "schema.prisma"), content: datamodel }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return res.stdout ?? "";
  });
}

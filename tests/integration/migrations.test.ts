import { describe, expect, it } from "vitest";
import pg from "pg";
import { migrate, readDatamodel, schemaDrift } from "@/lib/db/migrate";

describe("migrations", () => {
  const url = process.env.DATABASE_URL!;

  it("are all applied to the test database and re-running applies nothing", async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query(`SELECT migration_name, finished_at FROM _prisma_migrations`);
    await c.end();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await migrate(url)).toEqual([]);
  });

  it("match schema.prisma exactly (no drift)", async () => {
    const sql = await schemaDrift(url);
    expect(sql.replace(/^--.*$/gm, "").trim()).toBe("");
  });

  it("report drift when schema.prisma gains something the migrations lack", async () => {
    const changed = readDatamodel().replace("model Feed {", "model Feed {\n  tagline String?");
    const sql = await schemaDrift(url, changed);
    expect(sql).toMatch(/ALTER TABLE "Feed" ADD COLUMN\s+"tagline" TEXT/);
  });

  it("keep audit events append-only", async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`INSERT INTO "AuditEvent" (id, action, "entityType", data) VALUES ('a1', 'test', 'test', '{}')`);
      await expect(c.query(`UPDATE "AuditEvent" SET action = 'x' WHERE id = 'a1'`)).rejects.toThrow(/cannot be changed/);
      await expect(c.query(`DELETE FROM "AuditEvent" WHERE id = 'a1'`)).rejects.toThrow(/cannot be changed/);
    } finally {
      await c.end();
    }
  });
});

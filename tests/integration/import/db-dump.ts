import { prisma } from "@/lib/db/client";

/**
 * Every row of every table (but Prisma's migration bookkeeping), ordered by primary key and
 * serialised by PostgreSQL itself: two equal dumps mean the database is byte-for-byte the same.
 */
export async function dumpDb(): Promise<Record<string, string>> {
  const tables = await prisma().$queryRaw<{ table: string; pk: string[] }[]>`
    SELECT c.relname AS table,
           array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum)) AS pk
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
    WHERE c.relkind = 'r' AND c.relname <> '_prisma_migrations'
    GROUP BY c.relname ORDER BY c.relname`;
  const out: Record<string, string> = {};
  for (const { table, pk } of tables) {
    const order = pk.map((c) => `t."${c}"`).join(", ");
    const [row] = await prisma().$queryRawUnsafe<{ rows: string }[]>(`SELECT coalesce(json_agg(t ORDER BY ${order}), '[]')::text AS rows FROM "${table}" t`);
    out[table] = row.rows;
  }
  return out;
}

/** Row counts per table, for readable assertions next to the full dump. */
export function counts(dump: Record<string, string>): Record<string, number> {
  return Object.fromEntries(Object.entries(dump).map(([t, rows]) => [t, (JSON.parse(rows) as unknown[]).length]));
}

import type { Tx } from "@/lib/db/client";

const CHUNK = 2000;

/**
 * Inserts many rows into one table in one statement per 2,000 rows: the rows travel as a single
 * JSON parameter that PostgreSQL unpacks with json_populate_recordset, so neither the client nor
 * the wire pays per row. Columns are the union of the rows' keys (every row should name them all;
 * a missing one is NULL); columns not named keep their database defaults. `computed` adds columns
 * from SQL expressions over the row `r` (e.g. a tsvector). `table` must be a trusted identifier.
 */
export async function bulkInsert(tx: Tx, table: string, rows: object[], computed: Record<string, string> = {}): Promise<void> {
  if (!rows.length) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const names = [...cols, ...Object.keys(computed)].map((c) => `"${c}"`).join(", ");
  const values = [...cols.map((c) => `r."${c}"`), ...Object.values(computed)].join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${values} FROM json_populate_recordset(NULL::"${table}", $1::json) AS r`;
  for (let i = 0; i < rows.length; i += CHUNK) await tx.$executeRawUnsafe(sql, JSON.stringify(rows.slice(i, i + CHUNK)));
}

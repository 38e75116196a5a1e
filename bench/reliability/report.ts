// The pass/fail table both runs print; a run exits non-zero when any row failed.

export interface Check {
  property: string;
  observed: string;
  ok: boolean;
}

export function checkTable(title: string, rows: Check[]): string {
  const w = Math.max(...rows.map((r) => r.property.length));
  const lines = rows.map((r) => `${r.ok ? "PASS" : "FAIL"}  ${r.property.padEnd(w)}  ${r.observed}`);
  return [`\n== ${title}`, ...lines].join("\n");
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `fn` is true or `ms` pass; returns the time it took, or null. */
export async function within(ms: number, fn: () => Promise<boolean>): Promise<number | null> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await fn().catch(() => false)) return Date.now() - t0;
    await sleep(200);
  }
  return null;
}

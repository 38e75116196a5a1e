import autocannon from "autocannon";

export interface LoadResult {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  errors: number;
  non2xx: number;
}

/** Warm-up, then `duration` seconds at `connections`; bytes are per response. */
export async function measure(name: string, base: string, path: string, connections: number, duration: number): Promise<LoadResult> {
  const url = base + path;
  await autocannon({ url, connections, duration: 2 });
  const r = await autocannon({ url, connections, duration });
  const responses = r["2xx"] + r.non2xx;
  return {
    name,
    path,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    bytes: responses ? Math.round(r.throughput.total / responses) : 0,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

export function table(rows: LoadResult[]): string {
  const head = "| target | req/s | p50 ms | p99 ms | bytes/resp | errors | non-2xx |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |";
  return [head, ...rows.map((r) => `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.bytes} | ${r.errors} | ${r.non2xx} |`)].join("\n");
}

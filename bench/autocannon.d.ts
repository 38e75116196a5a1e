declare module "autocannon" {
  interface Histogram { average: number; p50: number; p90: number; p99: number; max: number; total: number }
  interface Result {
    requests: Histogram & { sent: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    duration: number;
  }
  interface Options { url: string; connections?: number; duration?: number; pipelining?: number; headers?: Record<string, string> }
  interface Instance { stop(): void }
  function autocannon(opts: Options): Promise<Result>;
  function autocannon(opts: Options, cb: (err: unknown, res: Result) => void): Instance;
  export default autocannon;
}

import type { EventEmitter } from "node:events";
import autocannon from "autocannon";

// bench/autocannon.d.ts types only what the benchmark uses; these runs also need the request list
// and the per-response events (autocannon's documented API), typed here.
type Result = Parameters<Parameters<typeof autocannon>[1]>[1];
type Opts = Parameters<typeof autocannon>[0] & { requests: { method: string; path: string }[]; timeout: number };
type Events = EventEmitter & { stop(): void };

// Readers hammering public pages through autocannon; every answer is stamped with its time so a
// run can count what readers got inside a window (e.g. while the database was down).

export interface Tally {
  ok: number;
  s5xx: number;
  other: number;
  errors: number;
}

export type ReaderResult = Result;

export interface Readers {
  tally(from: number, to: number): Tally;
  /** When stop() was called: requests cut off by stopping are not failures of the server. */
  stoppedAt: number;
  /** What the failed requests ran into (timeouts, resets), for the report. */
  errorKinds(): string;
  stop(): Promise<Result>;
}

export function startReaders(base: string, paths: string[], connections: number): Readers {
  const times: number[] = [];
  const codes: number[] = []; // 0 = no answer (connection error or timeout)
  let finish: (r: Result) => void;
  const done = new Promise<Result>((r) => (finish = r));
  const opts: Opts = { url: base, connections, duration: 3600, timeout: 10, requests: paths.map((path) => ({ method: "GET", path })) };
  const inst = autocannon(opts, (err, res) => (err ? console.error(err) : finish(res))) as unknown as Events;
  inst.on("response", (_c: unknown, status: number) => void (times.push(Date.now()), codes.push(status)));
  const kinds = new Map<string, number>();
  inst.on("reqError", (e: Error) => {
    times.push(Date.now());
    codes.push(0);
    const k = (e as NodeJS.ErrnoException).code ?? e.message;
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  });
  return {
    errorKinds: () => [...kinds].map(([k, n]) => `${n}× ${k}`).join(", "),
    stoppedAt: Infinity,
    tally(from, to) {
      const t: Tally = { ok: 0, s5xx: 0, other: 0, errors: 0 };
      for (let i = 0; i < times.length; i++) {
        if (times[i] < from || times[i] > to) continue;
        const c = codes[i];
        if (c === 0) t.errors++;
        else if (c >= 500) t.s5xx++;
        else if (c >= 200 && c < 400) t.ok++;
        else t.other++;
      }
      return t;
    },
    stop() {
      this.stoppedAt = Date.now();
      inst.stop();
      return done;
    },
  };
}

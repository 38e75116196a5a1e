import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { waitFor } from "../server";

// A production `next start` against the run's own database, its output in a log file (the
// outage makes it print expected stack traces that would drown the summary).

const SOURCES = ["app", "lib", "components", "proxy.ts", "next.config.js", "instrumentation.ts"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).filter((n) => n !== "generated").map((n) => newestMtime(path.join(p, n))));
}

/** Reuses .next when no source is newer than it, so repeated runs skip the slow build. */
export function ensureBuild(log: (m: string) => void, force = false): void {
  const id = ".next/BUILD_ID";
  const fresh = fs.existsSync(id) && Math.max(...SOURCES.map(newestMtime)) < fs.statSync(id).mtimeMs;
  if (fresh && !force) return log("reusing the production build in .next");
  log("next build (sources changed since the last build)…");
  const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("next build failed");
}

export interface AppServer {
  base: string;
  child: ChildProcess;
  logFile: string;
  alive(): boolean;
  stop(): void;
}

export async function startApp(databaseUrl: string, port: number, logFile: string): Promise<AppServer> {
  // Pages cached by an earlier run (other database) must not be served to this one.
  for (const dir of [".next/cache/fetch-cache", ".next/server/route-cache"]) fs.rmSync(dir, { recursive: true, force: true });
  const base = `http://127.0.0.1:${port}`;
  const out = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(24).toString("hex"), NEXTAUTH_URL: base, SITE_URL: base, SCHEDULER: "off", PORT: String(port) },
    stdio: ["ignore", out, out],
  });
  let exited = false;
  child.on("exit", () => (exited = true));
  await waitFor(`${base}/login`);
  return { base, child, logFile, alive: () => !exited, stop: () => void child.kill("SIGTERM") };
}

/** GETs each path until it answers 200, so it sits in the page cache before the fault. */
export async function warm(base: string, paths: string[]): Promise<void> {
  for (const p of paths) {
    for (let i = 0; ; i++) {
      const r = await fetch(base + p);
      await r.arrayBuffer();
      if (r.status === 200) break;
      if (i > 50) throw new Error(`${p} answered ${r.status} while warming`);
      await new Promise((res) => setTimeout(res, 200));
    }
  }
}

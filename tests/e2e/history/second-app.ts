import { spawn } from "node:child_process";

// A second production instance of the app on its own port, against the e2e database and with the
// same secret (so the e2e session works on it), running the scheduler. Tests may crash it.

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;

export interface App {
  base: string;
  stop(signal: "SIGTERM" | "SIGKILL"): Promise<void>;
}

export async function startApp(): Promise<App> {
  const base = `http://localhost:${PORT}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? "",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret",
      NEXTAUTH_URL: base,
      SITE_URL: base,
      SCHEDULER: "on",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const end = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the second app exited with ${child.exitCode}`);
    if (Date.now() > end) throw new Error(`the second app did not answer on ${base} within 60 s`);
    const up = await fetch(`${base}/login`).then((r) => r.status < 500, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    base,
    async stop(signal) {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

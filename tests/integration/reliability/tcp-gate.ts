import net from "node:net";

// A TCP gate between the app's connection pool and the real test PostgreSQL, so a test can make
// the database vanish (nothing listens: ECONNREFUSED, like a stopped server), drop live
// connections mid-transaction, and bring it back, without stopping the Postgres other tests use.

export interface TcpGate {
  url: string;
  /** Stop listening and drop every live connection. */
  close(): Promise<void>;
  open(): Promise<void>;
  /** Drop the connection that sends a message containing `text`, before the database sees it. */
  dropOn(text: string | null): void;
}

export async function tcpGate(databaseUrl: string): Promise<TcpGate> {
  const target = new URL(databaseUrl);
  const live = new Set<net.Socket>();
  let trigger: string | null = null;
  const server = net.createServer((client) => {
    const db = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, db]) {
      live.add(s);
      s.on("close", () => live.delete(s));
      s.on("error", () => {}); // a dropped peer is the point of the gate, not a failure
    }
    const drop = () => (client.destroy(), db.destroy());
    client.on("data", (chunk) => (trigger && chunk.includes(trigger) ? drop() : db.write(chunk)));
    db.on("data", (chunk) => client.write(chunk));
    client.on("close", drop);
    db.on("close", drop);
  });
  const listen = (port: number) => new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        for (const s of live) s.destroy();
      }),
    open: () => (server.listening ? Promise.resolve() : listen(port)),
    dropOn: (text) => void (trigger = text),
  };
}

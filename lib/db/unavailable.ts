// Is this failure "the database is not there right now" (down, restarting, unreachable, out of
// connections) rather than a bug? Then the person gets a plain "try again in a moment", and
// whatever they were doing was not written: Postgres rolls back a transaction whose connection
// died. The error arrives wrapped differently depending on where it struck (Prisma, its pg
// driver adapter, pg itself, the socket), so every layer of the cause chain is looked at.

const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);
// SQLSTATE: class 08 connection exception; 57P01-57P03 shutdown / crash / still starting up; 53300 too many connections.
const SQLSTATE = /^(08\w{3}|57P0[123]|53300)$/;
const MESSAGES = /Connection terminated|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Server has closed the connection|Timed out fetching a new connection/i;

function layers(e: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const queue = [e];
  while (queue.length && out.length < 10) {
    const x = queue.shift();
    if (!x || typeof x !== "object" || out.includes(x as Record<string, unknown>)) continue;
    const o = x as Record<string, unknown>;
    out.push(o);
    queue.push(o.cause, (o.meta as Record<string, unknown> | undefined)?.driverAdapterError);
  }
  return out;
}

export function isDatabaseUnavailable(e: unknown): boolean {
  return layers(e).some((o) => {
    const code = typeof o.code === "string" ? o.code : "";
    return (
      PRISMA_CODES.has(code) ||
      SOCKET_CODES.has(code) ||
      SQLSTATE.test(code) ||
      (typeof o.kind === "string" && ADAPTER_KINDS.has(o.kind)) ||
      (o.kind === "postgres" && SQLSTATE.test(code)) ||
      (typeof o.message === "string" && MESSAGES.test(o.message))
    );
  });
}

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unreachable right now. Nothing was saved; try again in a moment.";

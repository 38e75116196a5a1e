// The client address the per-IP sign-in limit counts. Trust assumption: the app is reached
// through the reverse proxy in deploy/nginx.conf, which APPENDS the address it saw to
// X-Forwarded-For ($proxy_add_x_forwarded_for). Only that last hop was written by someone we
// trust; everything before it came from the client and is free to forge, so taking the first
// entry (as this code once did) let an attacker rotate fake addresses past the limit. Reached
// directly, `next start` fills X-Forwarded-For with the socket address when the client sent none;
// a client that sends its own is then only trusted to the last entry it wrote, so run the app
// behind the proxy in production (the per-account limit holds either way).

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
}

export function clientIp(headers: HeaderBag): string {
  const hops = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const last = hops.at(-1) ?? header(headers, "x-real-ip")?.trim();
  // Bounded: the value is stored with every attempt and shown in the audit log.
  return (last || "unknown").slice(0, 64);
}

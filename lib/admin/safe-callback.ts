/**
 * Where to go after signing in. Only paths on this site: "//evil.example" or "https://…" would
 * turn the sign-in page into an open redirect, so anything but a local path means /admin.
 */
export function safeCallbackUrl(raw: unknown, fallback = "/admin"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  if (value === "/login" || value.startsWith("/login?") || value.startsWith("/api/auth")) return fallback;
  return value;
}

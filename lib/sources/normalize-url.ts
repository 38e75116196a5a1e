// Sources are de-duplicated across stories by URL; two spellings of one article must meet.
// Lower-case scheme and host, drop "www.", fragments, default ports, trailing slashes and
// tracking parameters; keep the rest of the query (it can identify the article).
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|smid|igshid)$/i;

export function normalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, "");
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const path = u.pathname.replace(/\/+$/, "") || "";
  const port = u.port && u.port !== "80" && u.port !== "443" ? `:${u.port}` : "";
  return `https://${host}${port}${path}${query}`;
}

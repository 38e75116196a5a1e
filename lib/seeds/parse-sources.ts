import { parseDate } from "./parse-date";
import type { ParsedSource } from "./types";

// Anything that looks like a link, whatever its scheme: only http(s) ones are kept as the URL.
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|(?:javascript|data|vbscript|mailto|file|about|blob|tel):)\S*$/i;
const SEPARATORS = [" — ", " – ", " - "];

/** An http(s) address a reader can follow, or null ("www.x" is taken as https://www.x). */
export function webUrl(link: string): string | null {
  const candidate = /^www\./i.test(link) ? `https://${link}` : link;
  try {
    const u = new URL(candidate);
    if ((u.protocol !== "http:" && u.protocol !== "https:") || !u.hostname.includes(".")) return null;
    return candidate;
  } catch {
    return null;
  }
}

const shorten = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}…` : t);

function cleanDate(part: string): string | null {
  const d = parseDate(part);
  return d && d.precision === "day" ? d.date : null;
}

/**
 * `[n] Outlet — Headline — URL — YYYY-MM-DD`, trailing parts optional. URL and date are recognised by
 * their shape, so only outlet and headline depend on position. En dashes and hyphens are accepted as
 * separators only when there is no em dash and they leave exactly outlet + headline.
 */
export function parseSourceLine(text: string, line: number, position: number, warnings: string[]): ParsedSource {
  const m = text.match(/^\[(\d+)\]\s*(.*)$/);
  const number = m ? Number(m[1]) : position;
  const rest = (m ? m[2] : text).trim();
  if (!m) warnings.push(`line ${line}: source without a [n] number, taken as [${position}]`);
  let parts = [rest];
  for (const sep of SEPARATORS) {
    if (!rest.includes(sep)) continue;
    const split = rest.split(sep).map((p) => p.trim());
    const shaped = (p: string) => LINK.test(p) || !!cleanDate(p);
    const texts = split.filter((p) => !shaped(p));
    if (sep === " — " || texts.length <= 2) parts = split;
    else {
      // "Outlet - Headline - with - dashes": the first piece is the outlet, the rest the headline.
      parts = [texts[0], texts.slice(1).join(sep), ...split.filter(shaped)];
      warnings.push(`line ${line}: source separators "${sep.trim()}" are ambiguous; took "${texts[0]}" as the outlet`);
    }
    break;
  }
  let url: string | null = null;
  let publishedAt: string | null = null;
  const texts: string[] = [];
  for (const p of parts.filter(Boolean)) {
    if (LINK.test(p)) {
      // Never stored: javascript:, data:, ftp:, malformed http(s). The source stays, without a link.
      const web: string | null = url ? null : webUrl(p);
      if (web) url = web;
      if (web && web !== p) warnings.push(`line ${line}: source [${number}] link "${shorten(p)}" taken as ${web}`);
      if (!web) warnings.push(`line ${line}: source [${number}] link "${shorten(p)}" is ${url ? "a second link" : "not an http(s) address"}; dropped`);
    } else if (!publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(p)) {
      publishedAt = cleanDate(p);
      if (!publishedAt) warnings.push(`line ${line}: source [${number}] has an impossible date ${p}`);
    } else if (!publishedAt && url && cleanDate(p)) publishedAt = cleanDate(p);
    else texts.push(p);
  }
  const outlet = texts[0] ?? null;
  const title = texts.length > 1 ? texts.slice(1).join(" — ") : null;
  return { number, outlet, title, url, publishedAt, incomplete: !outlet || !title || !url, line };
}

/** "N articles" with nothing listed: numbered placeholders the editor fills in later. */
export function placeholderSources(n: number, line: number): ParsedSource[] {
  return Array.from({ length: n }, (_, i) => ({
    number: i + 1,
    outlet: null,
    title: null,
    url: null,
    publishedAt: null,
    incomplete: true,
    line,
  }));
}

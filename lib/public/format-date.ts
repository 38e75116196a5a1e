import type { Precision } from "@/lib/stories/public-view";

// Every date a reader sees is formatted in UTC with a fixed locale, so the server-rendered (and
// cached) HTML is the same wherever and whenever it was produced.

const dayFmt = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric", year: "numeric" });
const monthFmt = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", year: "numeric" });
const timeFmt = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(fmt: Intl.DateTimeFormat, d: Date): Record<string, string> {
  return Object.fromEntries(fmt.formatToParts(d).map((p) => [p.type, p.value]));
}

function parseDateOnly(date: string): Date | null {
  const m = DATE_ONLY.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `Jan 12 2026` (day), `Jan 2026` (month), `2026` (year) — the seed's style, no comma. */
export function formatPrecisionDate(date: string, precision: Precision): string {
  const d = parseDateOnly(date);
  if (!d) return date;
  if (precision === "year") return String(d.getUTCFullYear());
  if (precision === "month") {
    const p = parts(monthFmt, d);
    return `${p.month} ${p.year}`;
  }
  const p = parts(dayFmt, d);
  return `${p.month} ${p.day} ${p.year}`;
}

/** The machine-readable value for `<time datetime>` at the same precision (valid HTML dates). */
export function precisionDateTimeAttr(date: string, precision: Precision): string {
  if (!DATE_ONLY.test(date)) return date;
  if (precision === "year") return date.slice(0, 4);
  if (precision === "month") return date.slice(0, 7);
  return date;
}

/** `Jan 14 2026, 09:30 UTC` for an instant (ISO string or Date). */
export function formatDateTime(at: string | Date): string {
  const d = typeof at === "string" ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return "";
  const p = parts(dayFmt, d);
  return `${p.month} ${p.day} ${p.year}, ${timeFmt.format(d)} UTC`;
}

/** `Jan 14 2026` for an instant, UTC. */
export function formatDay(at: string | Date): string {
  const d = typeof at === "string" ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return "";
  const p = parts(dayFmt, d);
  return `${p.month} ${p.day} ${p.year}`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];
const rtf = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });

/**
 * `3 hours ago`. Pages are cached for minutes, so anything under a minute reads "just now"
 * rather than pretending to a precision the cached HTML cannot keep.
 */
export function formatRelative(at: string | Date, now: Date = new Date()): string {
  const d = typeof at === "string" ? new Date(at) : at;
  const seconds = Math.round((d.getTime() - now.getTime()) / 1000);
  if (Number.isNaN(seconds)) return "";
  const abs = Math.abs(seconds);
  if (abs < 60) return "just now";
  for (const [unit, size] of UNITS) {
    if (abs >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

/** `1 article`, `4 articles`. */
export function articlesLabel(n: number): string {
  return `${n} ${n === 1 ? "article" : "articles"}`;
}

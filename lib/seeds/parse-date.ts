export interface ParsedDate {
  date: string;
  precision: "day" | "month" | "year";
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function month(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  const full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
  let i = full.indexOf(n);
  if (i < 0) i = MONTHS.indexOf(n);
  if (i < 0 && n === "sept") i = 8;
  return i < 0 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

function build(y: number, m: number | null, d: number | null): ParsedDate | null {
  if (y < 1000 || y > 9999) return null;
  if (m === null) return { date: `${y}-01-01`, precision: "year" };
  if (m < 1 || m > 12) return null;
  if (d === null) return { date: `${y}-${pad(m)}-01`, precision: "month" };
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return null;
  return { date: `${y}-${pad(m)}-${pad(d)}`, precision: "day" };
}

/**
 * "Jan 12 2026", "January 12, 2026", "12 Jan 2026", "2026-01-12", "Jan 2026", "2026-01", "2026".
 * Narrow/no-break spaces count as spaces (the pages put U+202F inside dates). Null when not a real date.
 */
export function parseDate(input: string): ParsedDate | null {
  const s = input.replace(/[\u00a0\u202f\u2009]/g, " ").trim().replace(/\s+/g, " ");
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) return build(+m[1], +m[2], +m[3]);
  if ((m = s.match(/^(\d{4})-(\d{1,2})$/))) return build(+m[1], +m[2], null);
  if ((m = s.match(/^(\d{4})$/))) return build(+m[1], null, null);
  if ((m = s.match(/^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/))) {
    const mo = month(m[1]);
    return mo ? build(+m[3], mo, +m[2]) : null;
  }
  if ((m = s.match(/^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{4})$/))) {
    const mo = month(m[2]);
    return mo ? build(+m[3], mo, +m[1]) : null;
  }
  if ((m = s.match(/^([A-Za-z]+\.?),? (\d{4})$/))) {
    const mo = month(m[1]);
    return mo ? build(+m[2], mo, null) : null;
  }
  return null;
}

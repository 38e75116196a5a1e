import { parseCitations } from "./parse-citations";
import { parseDate } from "./parse-date";
import type { Paragraph } from "./paragraphs";
import type { ParsedTimelineEntry } from "./types";

// "<date> – text": en dash, em dash or hyphen with (possibly narrow/no-break) spaces around it.
const ENTRY = /^(.+?)[ \t\u00a0\u202f]+[–—-][ \t\u00a0\u202f]+([\s\S]*)$/;

export type TimelineResult = { entry: ParsedTimelineEntry } | { error: string; line: number };

function entryStart(text: string): boolean {
  const m = text.match(ENTRY);
  return !!m && !!parseDate(m[1]);
}

/** One entry per paragraph; a paragraph whose later lines start with a date holds several. */
export function timelineEntries(paras: Paragraph[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (const p of paras) {
    p.lines.forEach((l, i) => {
      if (i === 0 || entryStart(l.text)) out.push({ text: l.text, line: l.line });
      else out[out.length - 1].text += ` ${l.text}`;
    });
  }
  return out;
}

export function parseTimelineEntry(text: string, line: number): TimelineResult {
  const m = text.match(ENTRY);
  if (!m) return { error: `timeline entry has no "date – text" separator: "${text.slice(0, 40)}"`, line };
  const date = parseDate(m[1]);
  if (!date) return { error: `unparseable timeline date "${m[1].replace(/[\u00a0\u202f]/g, " ")}"`, line };
  const { text: body, citations, segments } = parseCitations(m[2]);
  if (!body.trim()) return { error: `timeline entry dated ${date.date} has no text`, line };
  return { entry: { date: date.date, precision: date.precision, text: body, citations, segments, line } };
}

import type { Paragraph } from "./paragraphs";

export const UPDATED = /^Updated\b.*?\((\d+)\s+articles?\)$/i;
const FEEDS = /^Feeds$/i;
const SLUG = /^Slug:\s*(\S+)$/i;

export interface Header {
  feed: string;
  title: string | null;
  /** Line of the title (or of the first header line when there is none). */
  titleLine: number;
  slug: string | null;
  /** How many paragraphs the header took (claims start after them). */
  used: number;
}

type Line = { text: string; line: number; para: number };

/**
 * Feed line, the "Feeds" nav word, the title, an optional "Slug: x" right after it. `paras` are the
 * paragraphs before "Updated (N articles)" (`bounded`), or the whole page when that line is missing.
 */
export function parseHeader(paras: Paragraph[], bounded: boolean, warnings: string[]): Header {
  const lines: Line[] = paras.flatMap((p, para) => p.lines.map((l) => ({ ...l, para })));
  const fi = lines.findIndex((l, i) => FEEDS.test(l.text) && l.para < 3 && i < 4);
  let feed: Line[] = [];
  let after: Line[];
  if (fi >= 0) {
    feed = lines.slice(0, fi);
    after = lines.slice(fi + 1);
  } else if (paras.length >= 2 && lines[0].para !== lines[lines.length - 1].para) {
    feed = lines.filter((l) => l.para === 0);
    after = lines.filter((l) => l.para > 0);
    warnings.push(`line ${lines[0].line}: no "Feeds" line; took "${feed.map((l) => l.text).join(" ")}" as the feed`);
  } else after = lines;

  // The title is the next paragraph; a Slug line may follow it directly.
  const titlePara = after[0]?.para;
  const title = after.filter((l) => l.para === titlePara && !SLUG.test(l.text));
  const next = title.length ? after[after.indexOf(title[title.length - 1]) + 1] : undefined;
  let slug: string | null = null;
  let used = titlePara === undefined ? paras.length : titlePara + 1;
  if (title.length && next && SLUG.test(next.text)) {
    slug = next.text.match(SLUG)![1];
    used = next.para + 1;
  }
  if (bounded) {
    for (const l of after.filter((l) => !title.includes(l) && !(slug && l === next)))
      warnings.push(`line ${l.line}: ${SLUG.test(l.text) ? '"Slug:" not right after the title' : "unexpected header text"}; ignored`);
  }
  return {
    feed: feed.map((l) => l.text).join(" "),
    title: title.length ? title.map((l) => l.text).join(" ") : null,
    titleLine: title[0]?.line ?? lines[0]?.line ?? 1,
    slug,
    used: bounded ? paras.length : used,
  };
}

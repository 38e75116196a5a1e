import { normalizeUrl } from "@/lib/sources/normalize-url";
import { parseClaims, type ClaimInput } from "./parse-claims";
import { parseHeader, UPDATED } from "./parse-header";
import { parseSourceLine, placeholderSources } from "./parse-sources";
import { parseTimelineEntry, timelineEntries } from "./parse-timeline";
import { binaryAt, joinLines, normalize, paragraphs, type Paragraph } from "./paragraphs";
import type { ParsedSource, ParsedTimelineEntry, ParseResult, SeedError } from "./types";

const SOURCES = /^Sources\b(?:\s*\((\d+)(?:\s+articles?)?\))?:?$/i;
const TIMELINE = /^Timeline:?$/i;
const SOURCE_LINE = /^\[\d+\]/;
/** As many as one story may hold (lib/stories/schema.ts). */
export const MAX_ARTICLES = 300;

const first = (p: Paragraph) => p.lines[0];

/** Parses one "story page text" document. Pure: text in, result out; every problem found is reported. */
export function parseSeed(text: string, file: string): ParseResult {
  const errors: SeedError[] = [];
  const warnings: string[] = [];
  const fail = (line: number, message: string) => errors.push({ file, line, message });

  const bin = binaryAt(text);
  if (bin !== null) return { ok: false, errors: [{ file, line: bin, message: "binary file (NUL bytes or control characters), not a story page" }] };
  const paras = paragraphs(normalize(text));
  if (!paras.length) return { ok: false, errors: [{ file, line: 1, message: "empty file" }] };

  const upd = paras.findIndex((p) => UPDATED.test(first(p).text));
  const from = Math.max(upd, 0);
  const src = paras.findIndex((p, i) => i >= from && SOURCES.test(first(p).text));
  const tl = paras.findIndex((p, i) => i >= Math.max(from, src) && TIMELINE.test(first(p).text));
  const claimsEnd = [src, tl, paras.length].find((i) => i >= 0)!;

  const header = parseHeader(paras.slice(0, upd >= 0 ? upd : claimsEnd), upd >= 0, warnings);
  const claimsStart = upd >= 0 ? upd + 1 : header.used;
  if (!header.title) fail(upd >= 0 ? first(paras[upd]).line : 1, "missing title (expected after the feed and \"Feeds\" lines)");
  const updatedN = upd >= 0 ? Number(first(paras[upd]).text.match(UPDATED)![1]) : null;
  if (upd < 0) fail(paras[claimsStart - 1] ? first(paras[claimsStart - 1]).line + 1 : 1, 'missing "Updated (N articles)" line after the title');

  // Sources: the header line, then "[n] …" lines in the same or following paragraphs.
  const sourceLine = src >= 0 ? first(paras[src]).line : null;
  const sourcesN = src >= 0 && first(paras[src]).text.match(SOURCES)![1] ? Number(first(paras[src]).text.match(SOURCES)![1]) : null;
  const listed: ParsedSource[] = [];
  if (src >= 0) {
    const lines = [...paras[src].lines.slice(1), ...paras.slice(src + 1, tl >= 0 ? tl : paras.length).flatMap((p) => p.lines)];
    for (const l of lines) {
      if (tl < 0 && !SOURCE_LINE.test(l.text)) {
        warnings.push(`line ${l.line}: text after Sources is not a "[n] …" source line; ignored`);
        continue;
      }
      listed.push(parseSourceLine(l.text, l.line, listed.length + 1, warnings));
    }
  } else warnings.push('no "Sources (N articles)" section');
  if (updatedN !== null && sourcesN !== null && updatedN !== sourcesN)
    fail(sourceLine!, `"Updated (${updatedN} articles)" disagrees with "Sources (${sourcesN} articles)"`);
  let articleCount = updatedN ?? sourcesN ?? listed.length;
  if (articleCount > MAX_ARTICLES) {
    fail(upd >= 0 ? first(paras[upd]).line : (sourceLine ?? 1), `${articleCount} articles is more than a story can hold (${MAX_ARTICLES})`);
    articleCount = MAX_ARTICLES;
  }
  const declared = sourcesN ?? updatedN;
  if (listed.length && declared !== null && listed.length !== declared)
    fail(sourceLine!, `Sources lists ${listed.length} source line(s) but the story has ${declared} article(s)`);
  const seen = new Set<number>();
  const urls = new Map<string, number>();
  for (const s of listed) {
    if (seen.has(s.number)) fail(s.line, `source [${s.number}] is listed twice`);
    else if (s.number < 1 || (declared !== null && s.number > declared)) fail(s.line, `source [${s.number}] is outside 1..${declared}`);
    seen.add(s.number);
    const url = s.url ? normalizeUrl(s.url) : null;
    if (url && urls.has(url)) fail(s.line, `source [${s.number}] is the same article as source [${urls.get(url)}] (${s.url})`);
    else if (url) urls.set(url, s.number);
  }
  const sources = listed.length ? listed : placeholderSources(articleCount, sourceLine ?? (upd >= 0 ? first(paras[upd]).line : 1));

  // Timeline
  const timeline: ParsedTimelineEntry[] = [];
  if (tl >= 0) {
    const head = paras[tl];
    const paraList = [...(head.lines.length > 1 ? [{ lines: head.lines.slice(1) }] : []), ...paras.slice(tl + 1)];
    for (const e of timelineEntries(paraList)) {
      const r = parseTimelineEntry(e.text, e.line);
      if ("error" in r) fail(r.line, r.error);
      else timeline.push(r.entry);
    }
  }

  // Claims last: the rest of the page is evidence for where each headline ends.
  const inputs: ClaimInput[] = paras.slice(claimsStart, claimsEnd).map((p) => ({ text: joinLines(p), line: first(p).line }));
  if (!inputs.length) warnings.push("the story has no claims");
  const ctx = {
    title: header.title ?? "",
    timeline: timeline.map((t) => t.text),
    sourceTitles: listed.map((s) => s.title ?? ""),
  };
  const { claims, errors: claimErrors } = parseClaims(inputs, ctx, warnings);
  for (const e of claimErrors) fail(e.line, e.message);

  if (updatedN !== null || sourcesN !== null) {
    const check = (what: string, line: number, cites: number[]) => {
      for (const n of cites)
        if (n < 1 || n > articleCount) fail(line, `${what} cites [${n}] but the story has ${articleCount} article(s)`);
    };
    claims.forEach((c, i) => check(`claim ${i + 1}`, c.line, c.citations));
    timeline.forEach((t, i) => check(`timeline entry ${i + 1}`, t.line, t.citations));
  }

  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return {
    ok: true,
    story: { file, feed: header.feed, title: header.title!, line: header.titleLine, slug: header.slug, articleCount, claims, sources, timeline, warnings },
  };
}

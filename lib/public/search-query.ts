// Reader input for /search, made safe before it reaches Postgres or the page. The query itself is
// always a bound parameter; this only bounds its size and removes what Postgres refuses in text
// (NUL) or what cannot be encoded as UTF-8 (lone surrogates), so no input can turn into a 500.

export const MAX_QUERY_LENGTH = 200;

// Private-use characters mark highlights in ts_headline output. They cannot be typed into a query
// meaningfully and are stripped from stored text, so splitting on them is unambiguous.
export const HL_START = "\uE000";
export const HL_STOP = "\uE001";

export interface NormalizedQuery {
  q: string;
  truncated: boolean;
}

export function normalizeQuery(raw: unknown): NormalizedQuery {
  let s = Array.isArray(raw) ? raw[0] : raw;
  if (typeof s !== "string") return { q: "", truncated: false };
  s = s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/[\u0000-\u001F\u007F\uE000\uE001\uFFFD]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(s);
  const truncated = chars.length > MAX_QUERY_LENGTH;
  return { q: truncated ? chars.slice(0, MAX_QUERY_LENGTH).join("").trim() : s, truncated };
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Splits ts_headline output on the sentinels into plain text parts; the page renders hits as <mark>. */
export function splitHighlights(snippet: string): SnippetPart[] {
  const out: SnippetPart[] = [];
  let hit = false;
  let buf = "";
  const flush = () => {
    if (buf) out.push({ text: buf, hit });
    buf = "";
  };
  for (const ch of snippet) {
    if (ch === HL_START) {
      flush();
      hit = true;
    } else if (ch === HL_STOP) {
      flush();
      hit = false;
    } else buf += ch;
  }
  flush();
  return out;
}

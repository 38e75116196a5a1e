import { hasCitation } from "./parse-citations";
import { ABBREVIATIONS } from "./words";

/** One space-separated token of a claim line, with what the split heuristics need to know. */
export interface Token {
  raw: string;
  start: number;
  /** The word without quotes, trailing punctuation or citations. */
  core: string;
  /** Lower-cased core without a possessive 's, for look-ups. */
  key: string;
  cap: boolean;
  lower: boolean;
  num: boolean;
  acronym: boolean;
  possessive: boolean;
  openQuote: boolean;
  /** Ends with , ; : or is a lone dash: a phrase boundary. */
  sep: boolean;
  cite: boolean;
  endsSentence: boolean;
}

const CITES = /[ \u00a0\u202f]*\[\d+(?:\s*,\s*\d+)*\]/g;
const LEADING = /^[“"‘'(«\[]+/;
const TRAILING = /[.,;:!?…”"’')\]»]+$/;
const CLOSERS = /[”"’')\]»]+$/;
const POSSESSIVE = /(?:['’]s|s['’])$/;

function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "U.K.", "a.m."
  return /^(?:\p{L}\.)+\p{L}?\.?$/u.test(word) && word.length <= 6;
}

export function analyse(raw: string, start = 0): Token {
  const noCite = raw.replace(CITES, "");
  const cite = hasCitation(raw);
  const openQuote = LEADING.test(noCite);
  const stripped = noCite.replace(LEADING, "");
  const core = stripped.replace(TRAILING, "");
  const possessive = POSSESSIVE.test(core) && core.length > 2;
  const key = (possessive ? core.replace(/['’]s?$/, "") : core).toLowerCase();
  const camel = /^\p{Ll}+\p{Lu}/u.test(core); // iPhone, eBay: names, however they start
  const cap = /^\p{Lu}/u.test(core) || camel;
  const lower = !cap && /^\p{Ll}/u.test(core);
  const num = /^[$€£¥]?\d/.test(core);
  const bare = possessive ? core.replace(/['’]s?$/, "") : core;
  const acronym = /^(?:\p{Lu}[\p{Lu}\d&]+|(?:\p{Lu}\.)+\p{Lu}\.?)$/u.test(bare);
  const tail = stripped.replace(CLOSERS, "");
  const sep = /[,;:]$/.test(tail) || /^[–—-]$/.test(core) || core === "";
  const dot = /[.!?…]$/.test(tail);
  const endsSentence = cite || (dot && !/^[.!?…]+$/.test(tail) && !(tail.endsWith(".") && isAbbreviation(tail)));
  return { raw, start, core, key, cap, lower, num, acronym, possessive, openQuote, sep, cite, endsSentence };
}

/** Splits on ASCII spaces only: the page's flattening joined headline and body with one. */
export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/[^ \t]+/g)) out.push(analyse(m[0], m.index));
  return out;
}

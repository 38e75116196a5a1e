import { inLexicon } from "./lexicon";
import { analyse, type Token } from "./tokens";
import { COMMON_SUFFIX, FUNCTION, MINOR } from "./words";

/**
 * What the document itself says about its words: a word seen in lower case is a common word; one
 * capitalised in mid-sentence is a name; pairs that occur together elsewhere belong together.
 */
export interface WordStats {
  lower: Map<string, number>;
  midCap: Map<string, number>;
  sentStart: Set<string>;
  bigrams: Map<string, number>;
  /** commonness() results; word evidence does not change once the page is read. */
  memo: Map<string, number>;
}

const inc = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
const HYPHENS = /[-‑–—/]/;

type Word = { w: Token; first: boolean; parts: string[] };

// words() is pure and called for every token on every pass over the page: memoised by raw text
// (bounded), which makes parsing several times faster on real pages and on a 1,000-file import.
const wordsMemo = new Map<string, Word[]>();

/** Sub-words of a token: U+202F/U+00A0 join words inside names and dates, hyphens join compounds. */
function words(t: Token): Word[] {
  let out = wordsMemo.get(t.raw);
  if (out) return out;
  out = [];
  for (const [i, piece] of t.raw.split(/[\u00a0\u202f]+/).entries()) {
    if (!piece) continue;
    const w = analyse(piece);
    if (/\p{L}/u.test(w.core)) out.push({ w, first: i === 0, parts: parts(w.key) });
  }
  if (wordsMemo.size > 50_000) wordsMemo.clear();
  wordsMemo.set(t.raw, out);
  return out;
}

const parts = (key: string) => key.split(HYPHENS).filter((p) => /\p{L}/u.test(p));

/** Where a claim line stops being ambiguous: its first plain lower-case word or first sentence end. */
export function regionEnd(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower && !MINOR.has(tokens[i].key)) return i;
    if (tokens[i].endsSentence) return i + 1;
  }
  return tokens.length;
}

export function emptyStats(): WordStats {
  return { lower: new Map(), midCap: new Map(), sentStart: new Set(), bigrams: new Map(), memo: new Map() };
}

/** Adds tokens. `trusted` text is ordinary prose, so its capitals mean something. */
export function addTokens(s: WordStats, tokens: Token[], trusted: boolean, startsSentence: boolean, sign = 1) {
  let atStart = startsSentence;
  let prev: string | null = null;
  for (const t of tokens) {
    for (const { w, first, parts: ps } of words(t)) {
      if (sign > 0) {
        if (w.lower) [w.key, ...ps].forEach((k) => inc(s.lower, k));
        else if (trusted && w.cap) {
          if (atStart && first) s.sentStart.add(w.key);
          else [w.key, ...ps].forEach((k) => inc(s.midCap, k));
        }
      }
      for (const p of ps) {
        if (prev) inc(s.bigrams, `${prev} ${p}`, sign);
        prev = p;
      }
      if (w.sep || w.endsSentence) prev = null;
      atStart = false;
    }
    if (t.endsSentence) atStart = true;
    if (t.sep || t.endsSentence) prev = null;
  }
}

function evidence(s: WordStats, key: string): number | null {
  const lo = s.lower.get(key) ?? 0;
  const hi = s.midCap.get(key) ?? 0;
  // Only ever seen capitalised at sentence starts: probably a name ("Ishiba said …").
  if (!lo && !hi) return s.sentStart.has(key) ? -0.5 : null;
  if (!hi) return 1;
  if (!lo) return -1;
  return lo >= 2 * hi ? 0.5 : hi >= 2 * lo ? -0.5 : 0;
}

/** Evidence for the word or its singular/plural. */
function formEvidence(s: WordStats, k: string): number | null {
  for (const alt of [k, k.replace(/e?s$/, ""), k.replace(/s$/, ""), `${k}s`]) {
    const e = evidence(s, alt);
    if (e !== null) return e;
  }
  return null;
}

/** 1 = common word, -1 = name, 0 = no idea. Falls back to plural/singular forms, parts, endings. */
export function commonness(s: WordStats, t: Token): number {
  const id = `${t.acronym ? "A" : "w"}${t.key}`;
  let v = s.memo.get(id);
  if (v === undefined) s.memo.set(id, (v = judge(s, t)));
  return v;
}

function judge(s: WordStats, t: Token): number {
  if (FUNCTION.has(t.key)) return 1;
  if (t.acronym) return -1;
  const k = t.key;
  if (!/\p{L}/u.test(k)) return 0;
  const e = formEvidence(s, k);
  if (e !== null) return e;
  if (HYPHENS.test(k)) {
    // "125-Seat", "All-Time", "China‑Japan": judged by their word parts.
    const es = parts(k).map((p) => (FUNCTION.has(p) ? 1 : formEvidence(s, p) ?? (inLexicon(p) ? 0.8 : 0)));
    if (es.some((e) => e < 0)) return -1;
    if (es.length && es.every((e) => e > 0)) return 1;
  }
  if (inLexicon(k)) return 0.8;
  if (k.length >= 6 && COMMON_SUFFIX.test(k)) return 0.4;
  if (/[^su]s$/.test(k) && k.length > 4) return 0.4;
  return 0;
}

export function bigram(s: WordStats, a: Token, b: Token): number {
  const pa = parts(a.key.split(/[\u00a0\u202f]/).pop() ?? "");
  const pb = parts(b.key.split(/[\u00a0\u202f]/)[0] ?? "");
  if (!pa.length || !pb.length) return 0;
  return s.bigrams.get(`${pa[pa.length - 1]} ${pb[0]}`) ?? 0;
}

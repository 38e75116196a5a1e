import type { Token } from "./tokens";
import { bigram, commonness, type WordStats } from "./word-stats";
import { FUNCTION, MINOR, NAME_PREFIXES, NUMBER_WORDS, PRONOUNS, SENTENCE_ONLY, STRONG_OPENERS, TITLE_MODIFIERS, TITLES, WEAK_OPENERS } from "./words";

export interface Split {
  /** Index of the body's first token. */
  at: number;
  score: number;
  /** Best score minus the runner-up's (Infinity when there was no other candidate). */
  margin: number;
  runnerUp: number | null;
  /** Every candidate, best first (for diagnostics). */
  ranked: { at: number; score: number }[];
}

const MAX_HEADLINE = 30;

/** Name-likeness from commonness: 1 for a name, 0.4 unknown, 0 common. */
const nameness = (c: number) => (c <= -0.5 ? 1 : c >= 0.5 ? 0 : 0.4 - 0.8 * c);

function canStartBody(t: Token): boolean {
  return t.cap || t.num;
}

/** Sentences have plain lower-case words; a run of capitals alone is not a body. */
function hasProse(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) if (tokens[i].lower && !MINOR.has(tokens[i].key)) return true;
  return false;
}

const SUBJECTS = new Set(["it", "he", "she", "they", "we", "i"]);
const opener = (t: Token) => STRONG_OPENERS.has(t.key) || WEAK_OPENERS.has(t.key);

/** Capitalised, or a number compound with a capitalised word part ("125-Seat"). */
const titled = (t: Token) => t.cap || (t.num && /[-‑]\p{Lu}/u.test(t.core));

/**
 * Higher is more plausible: headline = tokens[0, k), body = tokens[k, …). `why`, when given,
 * collects each contribution for diagnostics.
 */
export function scoreSplit(tokens: Token[], k: number, s: WordStats, sentenceEnd: number, why?: string[]): number {
  let score = 0;
  const add = (points: number, reason: string) => {
    if (!points) return;
    score += points;
    why?.push(`${points > 0 ? "+" : ""}${points.toFixed(2)} ${reason}`);
  };
  const c = (t: Token) => commonness(s, t);
  // "North" in "North Korean" is part of a name, whatever the word is elsewhere.
  const ci = (i: number) =>
    NAME_PREFIXES.has(tokens[i].key) && tokens[i + 1]?.cap && !tokens[i].sep ? -0.5 : commonness(s, tokens[i]);
  // Headline: Title Case, few function words, no sentence openers after its first word.
  const seen = new Set<string>();
  for (let i = 0; i < k; i++) {
    const t = tokens[i];
    if (titled(t) && !FUNCTION.has(t.key) && seen.has(t.key)) add(-2, `"${t.raw}" twice in headline`);
    seen.add(t.key);
    if (t.lower && !MINOR.has(t.key)) add(-4, `lower-case "${t.raw}" in headline`);
    else if (t.lower) add(-0.3, `function word "${t.raw}" in headline`);
    else if (i > 0 && t.cap && SENTENCE_ONLY.has(t.key)) add(-5, `capitalised "${t.raw}" inside headline`);
    else if (i > 0 && t.cap && PRONOUNS.has(t.key)) add(-3, `pronoun "${t.raw}" inside headline`);
    else if (i > 0 && t.cap && MINOR.has(t.key) && t.key.length <= 4) add(-1, `capitalised "${t.raw}" inside headline`);
  }
  const last = tokens[k - 1];
  const first = tokens[k];
  const next = tokens[k + 1] as Token | undefined;
  const nextIsName = !!next && next.cap && !first.sep && !first.endsSentence && nameness(ci(k + 1)) >= 0.4;
  // A headline does not end on a comma, a function word or a possessive.
  if (last.sep) add(-5, "headline ends on punctuation");
  if (MINOR.has(last.key) || SENTENCE_ONLY.has(last.key)) add(-5, "headline ends on a function word");
  if (last.possessive) add(-4, "headline ends on a possessive");
  if (NUMBER_WORDS.has(last.key)) add(-2, "headline ends on a number word");
  // "States, Qatar and …": only adverbs and names open a sentence with a comma straight after them.
  if (first.sep && first.cap && ci(k) >= 0.5 && !opener(first)) add(-1.5, "body starts with a common word and a comma");
  if (!last.sep && first.cap) {
    const nl = last.cap ? nameness(ci(k - 1)) : 0;
    const nf = nameness(ci(k));
    // "President | Lee", "Prime Minister Shigeru | Ishiba", "Apple’s Tim | Cook": a title or a
    // possessive binds the names after it, so a name run is not cut after one.
    const bind = bindsRight(tokens, k, c);
    // A headline may end on a title ("… Names New Fed Chair"): weaker when nothing follows it yet.
    if (bind === k - 1 && nf >= 0.4) add(-1.5, "cuts a name after its title");
    else if (bind >= 0 && bind < k - 1 && !FUNCTION.has(first.key) && !STRONG_OPENERS.has(first.key))
      add(-3, "cuts a name after its title");
    else if (inTitle(tokens, k - 1) && (TITLES.has(first.key) || TITLE_MODIFIERS.has(first.key))) add(-3, "cuts a title");
    // Two known names side by side may be two subjects ("Southgate | England"); unknown ones are likely one name.
    add(nl === 1 && nf === 1 ? -0.5 : -2 * Math.min(nl, nf), "cuts a run of names");
    add(-2.5 * Math.min(bigram(s, last, first), 2), "cuts a pair seen together elsewhere");
    // "U.S. | President Donald Trump": a name just before a title usually qualifies it.
    if (TITLES.has(first.key) && nl >= 0.4 && nextIsName) add(-1.5, "cuts a title from its qualifier");
    // "Manchester | City": a name followed by a capitalised common noun is usually one name.
    else if (nl >= 0.4 && ci(k) >= 0.5 && !FUNCTION.has(first.key) && !opener(first) && !TITLES.has(first.key) && !/s$/.test(first.key))
      add(-1.5, "cuts a name from the noun after it");
  }
  // Body: starts like a sentence.
  if (first.cap && STRONG_OPENERS.has(first.key)) add(3, "body starts with a sentence opener");
  else if (first.cap && (WEAK_OPENERS.has(first.key) || NUMBER_WORDS.has(first.key))) add(1, "body starts with a frequent opener");
  // A subject pronoun is followed by its verb, not by "a"/"the" ("Altman Calls It a …").
  if (first.cap && SUBJECTS.has(first.key) && next && MINOR.has(next.key)) add(-4, "pronoun followed by a function word");
  if (s.sentStart.has(first.key)) add(1.5, "starts sentences elsewhere");
  const nextIsTitle = !!next && !first.sep && inTitle(tokens, k + 1);
  if (TITLES.has(first.key) && (nextIsName || nextIsTitle)) add(1, "body starts with title + name");
  // "Crime Lee and …", "Forecasts Chief Financial Officer …" (but "Outgoing President …" is fine).
  else if (ci(k) >= 0.5 && !STRONG_OPENERS.has(first.key) && !NUMBER_WORDS.has(first.key) && (nextIsName || (nextIsTitle && /s$/.test(first.key))))
    add(-2, "common word + name as a sentence start");
  // Bodies often restate the headline's subject ("Ishiba Vows … | Ishiba told …").
  let same = 0;
  while (same < k && k + same < tokens.length && tokens[same].key === tokens[k + same].key && titled(tokens[same])) same++;
  if (same) add(same > 1 ? 2 : 1, "body repeats the headline's first words");
  // Common words capitalised inside the body's first sentence belong to the headline (or a title).
  for (let i = k + 1; i <= Math.min(sentenceEnd, tokens.length - 1); i++) {
    const t = tokens[i];
    if (tokens[i - 1].endsSentence) break;
    if (!titled(t) || t.acronym || t.openQuote || tokens[i - 1].raw.endsWith(":") || inTitle(tokens, i)) continue;
    if (NAME_PREFIXES.has(t.key) && tokens[i + 1]?.cap && !t.sep) continue;
    // Right after a name it may be part of that name ("Manchester City"): weaker evidence.
    const prev = tokens[i - 1];
    const afterName = prev.cap && !prev.sep && !FUNCTION.has(prev.key) && (nameness(c(prev)) >= 0.4 || NAME_PREFIXES.has(prev.key));
    add((afterName ? -1.5 : -3) * Math.max(0, c(t)), `common word "${t.raw}" capitalised in the body`);
  }
  if (k < 3) add(-1.5 * (3 - k), "short headline");
  if (k > 12) add(12 - k, "long headline");
  add(-0.05 * Math.abs(k - 7), "length");
  return score;
}

/** Index of a title or possessive among the capitalised name-like words that end the headline, or -1. */
function bindsRight(tokens: Token[], k: number, c: (t: Token) => number): number {
  for (let i = k - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t.cap || t.sep || (c(t) >= 0.5 && !TITLES.has(t.key))) return -1;
    if (TITLES.has(t.key) || t.possessive) return i;
  }
  return -1;
}

/** "Chief Financial Officer", "Foreign Minister": a title, or a modifier shortly before one. */
function inTitle(tokens: Token[], i: number): boolean {
  if (TITLES.has(tokens[i].key)) return true;
  if (!TITLE_MODIFIERS.has(tokens[i].key)) return false;
  for (let j = i + 1; j <= i + 2 && j < tokens.length && tokens[j].cap && !tokens[j - 1].sep; j++)
    if (TITLES.has(tokens[j].key)) return true;
  return false;
}

/** The best split of a flattened "Headline Body…" line, or null when no body sentence can be found. */
export function splitHeadline(tokens: Token[], s: WordStats): Split | null {
  let end = tokens.findIndex((t) => t.endsSentence);
  if (end < 0) end = tokens.length - 1;
  const scored: { at: number; score: number }[] = [];
  for (let k = 1; k <= Math.min(end, MAX_HEADLINE, tokens.length - 1); k++) {
    if (!canStartBody(tokens[k]) || !hasProse(tokens, k)) continue;
    scored.push({ at: k, score: scoreSplit(tokens, k, s, end) });
  }
  if (!scored.length) return null;
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  return {
    at: best.at,
    score: best.score,
    margin: second ? best.score - second.score : Infinity,
    runnerUp: second ? second.at : null,
    ranked: scored,
  };
}

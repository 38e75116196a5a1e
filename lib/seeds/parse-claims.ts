import { parseCitations } from "./parse-citations";
import { splitHeadline, type Split } from "./split-headline";
import { tokenize, type Token } from "./tokens";
import type { ParsedClaim } from "./types";
import { MINOR } from "./words";
import { addTokens, emptyStats, regionEnd, type WordStats } from "./word-stats";

export interface ClaimInput {
  text: string;
  line: number;
}

/** Every other text of the page: evidence for what its words are. */
export interface Context {
  title: string;
  timeline: string[];
  sourceTitles: string[];
}

const MARGIN = 1;

function buildStats(claims: Token[][], ctx: Context): WordStats {
  const s = emptyStats();
  addTokens(s, tokenize(ctx.title), false, true);
  for (const tokens of claims) {
    const end = regionEnd(tokens);
    addTokens(s, tokens.slice(0, end), false, true);
    addTokens(s, tokens.slice(end), true, end > 0 && tokens[end - 1].endsSentence);
  }
  for (const t of ctx.timeline) addTokens(s, tokenize(t), true, true);
  // Outlets' headlines in sentence case are ordinary prose; Title Case ones only say what is lower case.
  for (const t of ctx.sourceTitles) {
    const tokens = tokenize(t);
    addTokens(s, tokens, looksLikeProse(tokens), true);
  }
  return s;
}

/** Mostly lower-case words: sentence case, so its capitals are names. */
function looksLikeProse(tokens: Token[]): boolean {
  const words = tokens.filter((t) => (t.cap || t.lower) && !MINOR.has(t.key)).slice(1);
  return words.length >= 3 && words.filter((t) => t.lower).length >= words.length * 0.6;
}

const quote = (tokens: Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.raw)
    .join(" ");

/** Splits each "Headline Body…" line; errors and uncertain splits are reported, not thrown. */
export function parseClaims(inputs: ClaimInput[], ctx: Context, warnings: string[], trace?: (tokens: Token[], split: Split | null, stats: WordStats) => void) {
  const tokenized = inputs.map((c) => tokenize(c.text));
  const stats = buildStats(tokenized, ctx);
  const claims: ParsedClaim[] = [];
  const errors: { line: number; message: string }[] = [];
  inputs.forEach((input, i) => {
    const tokens = tokenized[i];
    const region = tokens.slice(0, regionEnd(tokens));
    // A claim's own headline is no evidence about itself.
    addTokens(stats, region, false, true, -1);
    const split = splitHeadline(tokens, stats);
    trace?.(tokens, split, stats);
    addTokens(stats, region, false, true, 1);
    if (!split) {
      errors.push({ line: input.line, message: `claim ${i + 1} has no sentence after the headline "${input.text.slice(0, 60)}"` });
      return;
    }
    const cut = tokens[split.at].start;
    const headline = input.text.slice(0, cut).trimEnd();
    const { text: body, citations, segments } = parseCitations(input.text.slice(cut));
    claims.push({ headline, body, citations, segments, line: input.line });
    const chosen = `"${headline}" | "${quote(tokens, split.at, split.at + 3)}…"`;
    if (split.score < -4) warnings.push(`claim ${i + 1} (line ${input.line}): no clear headline/body split; chose ${chosen}`);
    else if (split.margin < MARGIN && split.runnerUp !== null)
      warnings.push(
        `claim ${i + 1} (line ${input.line}): headline split is uncertain; chose ${chosen}, ` +
          `runner-up "${quote(tokens, 0, split.runnerUp)}" (margin ${split.margin.toFixed(2)})`,
      );
  });
  return { claims, errors };
}

export interface Paragraph {
  /** 1-based line number of each line. */
  lines: { text: string; line: number }[];
}

/** Strips a BOM, accepts CRLF/CR, trims line ends. */
export function normalize(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t\u00a0\u202f\u3000]+$/, ""));
}

/** Consecutive non-blank lines; any number of blank lines separates paragraphs. */
export function paragraphs(lines: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  lines.forEach((text, i) => {
    if (!text.trim()) {
      cur = null;
      return;
    }
    if (!cur) out.push((cur = { lines: [] }));
    cur.lines.push({ text: text.trim(), line: i + 1 });
  });
  return out;
}

/**
 * NUL bytes, or mostly undecodable/control characters, mean this is not a text page.
 * Returns the 1-based line of the first offending character, or null.
 */
export function binaryAt(text: string): number | null {
  const lineOf = (i: number) => text.slice(0, i).split(/\r\n|\r|\n/).length;
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return lineOf(nul);
  const bad = [...text.matchAll(/[\uFFFD\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g)];
  if (bad.length && bad.length / [...text].length > 0.1) return lineOf(bad[0].index);
  return null;
}

export const joinLines = (p: Paragraph) => p.lines.map((l) => l.text).join(" ");

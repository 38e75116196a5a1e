import type { Segment } from "./types";

// `[1]`, `[1, 3]`; the horizontal space (incl. U+202F / U+00A0) before a marker belongs to the marker.
const MARKER = /[ \t\u00a0\u202f]*\[(\d+(?:\s*,\s*\d+)*)\]/g;

export interface CitedText {
  text: string;
  citations: number[];
  segments: Segment[];
}

/** Removes citation markers from `raw`, keeping every other character as it was. */
export function parseCitations(raw: string): CitedText {
  const segments: Segment[] = [];
  const seen = new Set<number>();
  let last = 0;
  const pushText = (s: string) => {
    if (!s) return;
    const prev = segments[segments.length - 1];
    if (prev && prev.type === "text") prev.text += s;
    else segments.push({ type: "text", text: s });
  };
  for (const m of raw.matchAll(MARKER)) {
    pushText(raw.slice(last, m.index));
    for (const part of m[1].split(",")) {
      const n = Number(part.trim());
      segments.push({ type: "cite", n });
      seen.add(n);
    }
    last = m.index + m[0].length;
  }
  pushText(raw.slice(last));
  const text = segments.map((s) => (s.type === "text" ? s.text : "")).join("");
  return { text, citations: [...seen].sort((a, b) => a - b), segments };
}

/** True when the token carries a citation marker (a sentence end in this format). */
export function hasCitation(token: string): boolean {
  return /\[\d+(?:\s*,\s*\d+)*\]/.test(token);
}

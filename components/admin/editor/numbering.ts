import type { CitationNumbering } from "@/lib/richtext/extensions";
import type { DraftSource } from "@/lib/admin/editor-document";
import { describeSource } from "@/lib/admin/editor-rules";

export interface SourceNumbering extends CitationNumbering {
  setSources(sources: DraftSource[]): void;
}

/**
 * One per story editor, shared by every rich-text field in it. Setting the source list
 * notifies each citation node view, so a reorder renumbers every [n] without touching the
 * documents (citations store the source key, never the number).
 */
export function createNumbering(initial: DraftSource[]): SourceNumbering {
  let sources = initial;
  let numberOf = new Map(sources.map((s, i) => [s.key, i + 1]));
  const listeners = new Set<() => void>();
  return {
    numberOf: (key) => numberOf.get(key) ?? null,
    keyForNumber: (n) => sources[n - 1]?.key ?? null,
    describe: (key) => {
      const n = numberOf.get(key);
      return n ? `Source ${n}: ${describeSource(sources[n - 1])}` : "Unknown source";
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    setSources(next) {
      if (next === sources) return;
      const changed = next.length !== sources.length || next.some((s, i) => s.key !== sources[i].key || describeSource(s) !== describeSource(sources[i]));
      sources = next;
      numberOf = new Map(sources.map((s, i) => [s.key, i + 1]));
      if (changed) listeners.forEach((fn) => fn());
    },
  };
}

// How deeply a JSON text nests, counted without parsing it. React's server-action decoder walks
// the decoded arguments recursively, so a body nested ~10,000 levels deep overflows its stack
// (a 500 before any action code, with its depth limit, can run); proxy.ts refuses such bodies
// first with this linear scan.

export const MAX_ACTION_BODY_DEPTH = 64;

/** True when `text` opens more than `limit` arrays/objects at once (brackets inside strings ignored). */
export function jsonDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}

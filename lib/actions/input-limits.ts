// Limits checked on a server action's raw input before any schema sees it. The walk is iterative
// on purpose: a hand-crafted input nested 10,000 levels deep overflows the stack of anything
// recursive (JSON.stringify included), which would turn a bad request into an unexpected failure.

/** About 1 MB of JSON: far above the largest real story, and the same as Next's body limit. */
export const MAX_INPUT_BYTES = 1_000_000;
/** A story document is at most ~8 levels deep (document > claims > body > paragraph > text > marks > attrs). */
export const MAX_INPUT_DEPTH = 32;

/** A message for the person when the input is too large or too deeply nested; null when fine. */
export function inputLimitProblem(input: unknown): string | null {
  let bytes = 0;
  const stack: [unknown, number][] = [[input, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (depth > MAX_INPUT_DEPTH) return `This change is nested too deeply to save (${MAX_INPUT_DEPTH} levels at most).`;
    if (typeof value === "string") bytes += value.length + 2;
    else if (value !== null && typeof value === "object") {
      const entries = Array.isArray(value) ? value.map((v) => ["", v] as const) : Object.entries(value);
      for (const [key, child] of entries) {
        bytes += key.length + 4;
        stack.push([child, depth + 1]);
      }
    } else bytes += 8;
    if (bytes > MAX_INPUT_BYTES) return "This change is too large to save (1 MB at most).";
  }
  return null;
}

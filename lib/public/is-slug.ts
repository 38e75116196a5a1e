import { SLUG_RE } from "@/lib/stories/schema";

/**
 * Whether an address segment could be a story or feed slug. Checked before querying: anything
 * else is simply not found, and text Postgres refuses (a NUL byte) never reaches it as a 500.
 */
export function isSlug(s: string): boolean {
  return s.length <= 200 && SLUG_RE.test(s);
}

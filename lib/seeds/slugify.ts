const MAX = 80;
// A slug cut at MAX should not end on a word that needs a continuation.
const DANGLING = /-(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|vs)$/;

/** ASCII-folded kebab-case, at most ~80 characters, cut at a word boundary; never empty. */
export function slugify(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[ßæœøđłþ]/gi, (c) => ({ ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l", þ: "th" })[c.toLowerCase()] ?? "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!ascii) return "story";
  if (ascii.length <= MAX) return ascii;
  const cut = ascii.slice(0, MAX + 1);
  const at = cut.lastIndexOf("-");
  let out = at > 0 ? cut.slice(0, at) : ascii.slice(0, MAX);
  while (DANGLING.test(out)) out = out.replace(DANGLING, "");
  return out.replace(/-+$/, "") || "story";
}

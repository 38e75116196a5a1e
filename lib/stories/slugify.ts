const MAX = 100;
const DANGLING = /-(a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)$/;
// Letters NFKD does not decompose into ASCII.
const FOLD: Record<string, string> = { ß: "ss", æ: "ae", ø: "o", œ: "oe", đ: "d", ð: "d", þ: "th", ł: "l", ı: "i" };

/** ASCII-folded kebab-case, at most 100 characters, cut at a word boundary; never empty. */
export function slugify(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase()
    .replace(/[ßæøœđðþłı]/g, (c) => FOLD[c])
    // "Takaichi's" is one word, not "takaichi-s".
    .replace(/(\p{L})['\u2019](\p{L})/gu, "$1$2")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= MAX) return ascii || "story";
  const cut = ascii.slice(0, MAX + 1);
  const at = cut.lastIndexOf("-");
  let out = (at > 20 ? cut.slice(0, at) : cut.slice(0, MAX)).replace(/-+$/, "");
  while (DANGLING.test(out)) out = out.replace(DANGLING, "");
  return out;
}

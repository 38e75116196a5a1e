/** ASCII-folded kebab-case, at most ~80 characters, cut at a word boundary; never empty. */
export function slugify(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= 80) return ascii || "story";
  const cut = ascii.slice(0, 81);
  const at = cut.lastIndexOf("-");
  return (at > 20 ? cut.slice(0, at) : cut.slice(0, 80)).replace(/-+$/, "");
}

import type { PublicParagraph } from "@/lib/stories/public-view";

// The summary used for meta description, Open Graph, Twitter and JSON-LD: the first claim's text
// without citation markers, tidied (no space left before punctuation where a "[1]" was) and cut
// at a word boundary.

export function paragraphsToText(paragraphs: PublicParagraph[]): string {
  return paragraphs
    .map((p) => p.map((n) => (n.t === "text" ? n.text : " ")).join(""))
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:!?)\]])/g, "$1")
    .trim();
}

export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

export function storyDescription(s: { title: string; firstHeadline: string | null; view: { claims: { body: PublicParagraph[] }[] } }, max = 200): string {
  const first = s.view.claims[0];
  const text = first ? paragraphsToText(first.body) : "";
  return truncateWords(text || s.firstHeadline || s.title, max);
}

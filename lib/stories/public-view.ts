import type { RichDoc } from "@/lib/richtext/schema";

// The render-ready shape of a published story, computed once at publish time and stored in
// PublicStory.content: citation numbers resolved, placeholders flagged, nothing left to look up.

export type Precision = "day" | "month" | "year";

export type PublicInline =
  | { t: "text"; text: string; bold?: true; italic?: true; href?: string }
  | { t: "cite"; n: number }
  | { t: "br" };
export type PublicParagraph = PublicInline[];

export interface PublicSource {
  n: number;
  outlet: string | null;
  title: string | null;
  url: string | null;
  publishedAt: string | null; // YYYY-MM-DD
  incomplete: boolean;
}

export interface PublicClaim {
  id: string;
  headline: string;
  body: PublicParagraph[];
}

export interface PublicTimelineEntry {
  id: string;
  date: string; // YYYY-MM-DD
  precision: Precision;
  body: PublicParagraph[];
}

export interface PublicStoryView {
  title: string;
  slug: string;
  articleCount: number;
  feeds: { slug: string; name: string }[];
  claims: PublicClaim[];
  sources: PublicSource[];
  timeline: PublicTimelineEntry[];
}

/** Converts a rich-text doc; citations whose source is not in the map are dropped (never dangling). */
export function toPublicParagraphs(doc: RichDoc, numberOf: Map<string, number>): PublicParagraph[] {
  return doc.content.map((p) =>
    p.content.flatMap((n): PublicInline[] => {
      if (n.type === "hardBreak") return [{ t: "br" }];
      if (n.type === "citation") {
        const num = numberOf.get(n.attrs.sourceId);
        return num ? [{ t: "cite", n: num }] : [];
      }
      const out: PublicInline = { t: "text", text: n.text };
      for (const m of n.marks ?? []) {
        if (m.type === "bold") out.bold = true;
        else if (m.type === "italic") out.italic = true;
        else if (m.type === "link") out.href = m.attrs.href;
      }
      return [out];
    }),
  );
}

export type Citation = number;

/** Body text in order, with the places citations stood, so an importer can rebuild them. */
export type Segment = { type: "text"; text: string } | { type: "cite"; n: number };

export interface ParsedClaim {
  headline: string;
  body: string;
  citations: number[];
  segments: Segment[];
  line: number;
}

export interface ParsedSource {
  number: number;
  outlet: string | null;
  title: string | null;
  url: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  incomplete: boolean;
  line: number;
}

export interface ParsedTimelineEntry {
  /** YYYY-MM-DD; month precision -> YYYY-MM-01, year -> YYYY-01-01 */
  date: string;
  precision: "day" | "month" | "year";
  text: string;
  citations: number[];
  segments: Segment[];
  line: number;
}

export interface ParsedStory {
  file: string;
  feed: string;
  title: string;
  /** 1-based line of the title: where errors about the story as a whole point. */
  line: number;
  /** Only when the document names one (`Slug: …` after the title); the importer derives one otherwise. */
  slug: string | null;
  articleCount: number;
  claims: ParsedClaim[];
  sources: ParsedSource[];
  timeline: ParsedTimelineEntry[];
  warnings: string[];
}

export interface SeedError {
  file: string;
  /** 1-based */
  line: number;
  message: string;
}

export type ParseResult = { ok: true; story: ParsedStory } | { ok: false; errors: SeedError[] };

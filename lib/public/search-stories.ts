import { prisma } from "@/lib/db/client";
import { HL_START, HL_STOP } from "./search-query";
import type { SearchHit } from "./types";

// Full-text search over PublicStory.searchVector (GIN index), ranked with ts_rank. The query is a
// bound parameter parsed by websearch_to_tsquery, which accepts any text without syntax errors.
// ts_headline marks hits with private-use sentinels that the page turns into <mark> elements:
// its output is never treated as HTML.

const HEADLINE_OPTIONS = `StartSel=${HL_START}, StopSel=${HL_STOP}, MaxWords=40, MinWords=18, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;
export const SEARCH_LIMIT = 20;

interface HitRow {
  slug: string;
  title: string;
  articleCount: number;
  lastUpdatedAt: Date;
  snippet: string | null;
  rank: number;
}

export async function searchStories(q: string, limit = SEARCH_LIMIT): Promise<SearchHit[]> {
  if (!q) return [];
  // Rank and cut first, then build snippets only for the rows shown (ts_headline is the costly part).
  const rows = await prisma().$queryRaw<HitRow[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${q}) AS tsq),
    top AS (
      SELECT s.slug, s.title, s."articleCount", s."lastUpdatedAt", ts_rank(s."searchVector", query.tsq) AS rank, query.tsq,
        -- The title is shown above the snippet already; quote the body only.
        CASE WHEN starts_with(s."searchText", s.title) THEN substr(s."searchText", char_length(s.title) + 1) ELSE s."searchText" END AS body
      FROM "PublicStory" s, query
      WHERE s."searchVector" @@ query.tsq
      ORDER BY rank DESC, s."lastUpdatedAt" DESC, s."storyId" DESC
      LIMIT ${limit}
    )
    SELECT slug, title, "articleCount", "lastUpdatedAt", rank::float8 AS rank,
      ts_headline('english', translate(body, ${HL_START + HL_STOP}, ''), tsq, ${HEADLINE_OPTIONS}) AS snippet
    FROM top
    ORDER BY rank DESC, "lastUpdatedAt" DESC, slug`;
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    articleCount: Number(r.articleCount),
    lastUpdatedAt: r.lastUpdatedAt.toISOString(),
    // Citations were removed from the stored text, leaving "ties ." — close those gaps.
    snippet: (r.snippet ?? "").replace(/\s+(?=[.,;:!?])/g, "").trim(),
    rank: Number(r.rank),
  }));
}

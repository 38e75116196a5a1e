import { prisma } from "@/lib/db/client";
import { HL_START, HL_STOP } from "./search-query";
import type { SearchHit } from "./types";

// Full-text search over PublicStory.searchVector (GIN index), ranked with ts_rank among the newest
// matches (RANKED_CANDIDATES). The query is a
// bound parameter parsed by websearch_to_tsquery, which accepts any text without syntax errors.
// ts_headline marks hits with private-use sentinels that the page turns into <mark> elements:
// its output is never treated as HTML.

const HEADLINE_OPTIONS = `StartSel=${HL_START}, StopSel=${HL_STOP}, MaxWords=40, MinWords=18, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;
export const SEARCH_LIMIT = 20;
/**
 * Ranking reads every matching story's vector, so a common word in a big archive (every story of
 * 100,000) cost 90 ms of CPU per search and queued readers for seconds. Only the newest matches
 * are ranked: the planner walks the lastUpdatedAt index and stops after this many, or, for a
 * rare term, reads the few matches from the GIN index. News readers want recent stories first.
 */
export const RANKED_CANDIDATES = 1000;

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
    recent AS (
      -- The tsquery is written out here (not taken from the CTE) so the planner can estimate how
      -- many stories match and choose between the two plans above.
      SELECT s."storyId", s."lastUpdatedAt"
      FROM "PublicStory" s
      WHERE s."searchVector" @@ websearch_to_tsquery('english', ${q})
      ORDER BY s."lastUpdatedAt" DESC, s."storyId" DESC
      LIMIT ${RANKED_CANDIDATES}
    ),
    top AS (
      SELECT s.slug, s.title, s."articleCount", s."lastUpdatedAt", ts_rank(s."searchVector", query.tsq) AS rank, query.tsq,
        -- The title is shown above the snippet already; quote the body only.
        CASE WHEN starts_with(s."searchText", s.title) THEN substr(s."searchText", char_length(s.title) + 1) ELSE s."searchText" END AS body
      FROM recent JOIN "PublicStory" s ON s."storyId" = recent."storyId", query
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

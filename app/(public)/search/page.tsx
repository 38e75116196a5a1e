import type { Metadata } from "next";
import { SearchResults } from "@/components/public/SearchResults";
import { getSearchResults } from "@/lib/public/cached-reads";
import { MAX_QUERY_LENGTH, normalizeQuery } from "@/lib/public/search-query";
import { pageAlternates } from "@/lib/public/site";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = normalizeQuery((await searchParams).q);
  return {
    title: q ? `Search: ${q}` : "Search",
    // Result pages are endless and thin; keep them out of search engines.
    robots: { index: false, follow: true },
    alternates: pageAlternates("/search"),
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, truncated } = normalizeQuery((await searchParams).q);
  const hits = q ? await getSearchResults(q) : [];
  return (
    <div className="page">
      <h1 className="page-title">Search</h1>
      <form action="/search" method="get" role="search" aria-label="Search stories" className="search-form">
        <label htmlFor="search-q">Search published stories</label>
        <div className="search-row">
          <input id="search-q" type="search" name="q" defaultValue={q} maxLength={MAX_QUERY_LENGTH} />
          <button type="submit">Search</button>
        </div>
      </form>
      {truncated ? <p className="meta">Your search was shortened to its first {MAX_QUERY_LENGTH} characters.</p> : null}
      {q ? <SearchResults q={q} hits={hits} /> : <p className="meta">Search titles, claims and timelines of every published story.</p>}
    </div>
  );
}

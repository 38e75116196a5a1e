import Link from "next/link";
import { articlesLabel, formatDay } from "@/lib/public/format-date";
import { splitHighlights } from "@/lib/public/search-query";
import { storyPath } from "@/lib/public/site";
import type { SearchHit } from "@/lib/public/types";

// Snippets arrive as plain text with sentinel characters around matches; splitting on them and
// wrapping hits in <mark> keeps every character of stored text escaped by React.

export function Snippet({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

export function SearchResults({ q, hits }: { q: string; hits: SearchHit[] }) {
  if (!hits.length) {
    return (
      <p className="empty" role="status">
        No stories match “{q}”. Try fewer or different words.
      </p>
    );
  }
  return (
    <>
      <p className="meta" role="status">
        {hits.length === 1 ? "1 story matches" : `${hits.length} stories match`} “{q}”
      </p>
      <ol className="cards search-results">
        {hits.map((h) => (
          <li key={h.slug}>
            <article className="card">
              <h2 className="card-title">
                <Link href={storyPath(h.slug)}>{h.title}</Link>
              </h2>
              <p className="meta">
                Updated ({articlesLabel(h.articleCount)}) · <time dateTime={h.lastUpdatedAt}>{formatDay(h.lastUpdatedAt)}</time>
              </p>
              {h.snippet ? (
                <p className="snippet">
                  <Snippet text={h.snippet} />
                </p>
              ) : null}
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}

import { isSafeHref } from "@/lib/richtext/schema";
import { articlesLabel, formatPrecisionDate } from "@/lib/public/format-date";
import type { PublicSource } from "@/lib/stories/public-view";
import { LINK_REL } from "./RichText";

// "Sources (N articles)": the numbered list citations point at (#source-n). A source whose
// details are incomplete (imported "N articles" with nothing listed) says so plainly and gets no
// link, rather than a blank line or a broken href.

export function SourceList({ sources, articleCount }: { sources: PublicSource[]; articleCount: number }) {
  return (
    <section className="sources" aria-labelledby="sources">
      <h2 id="sources">
        Sources ({articlesLabel(articleCount)})
      </h2>
      {sources.length ? (
        <ol className="source-list">
          {sources.map((s) => (
            <SourceItem key={s.n} source={s} />
          ))}
        </ol>
      ) : (
        <p className="meta">Source details pending.</p>
      )}
    </section>
  );
}

function SourceItem({ source: s }: { source: PublicSource }) {
  const link = s.url && isSafeHref(s.url) ? s.url : null;
  const title = s.title ?? (link ? hostOf(link) : null);
  return (
    <li id={`source-${s.n}`} value={s.n} className={s.incomplete ? "source incomplete" : "source"}>
      {s.outlet ? <span className="source-outlet">{s.outlet}</span> : null}
      {title ? (
        link ? (
          <a className="source-title" href={link} rel={LINK_REL}>
            {title}
            <span className="sr-only"> (opens the original article)</span>
          </a>
        ) : (
          <span className="source-title">{title}</span>
        )
      ) : null}
      {s.publishedAt ? (
        <time className="meta" dateTime={s.publishedAt}>
          {formatPrecisionDate(s.publishedAt, "day")}
        </time>
      ) : null}
      {s.incomplete ? <span className="meta pending">Source details pending</span> : null}
    </li>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

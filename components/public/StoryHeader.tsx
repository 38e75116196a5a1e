import Link from "next/link";
import { articlesLabel } from "@/lib/public/format-date";
import { feedPath } from "@/lib/public/site";
import { TimeStamp } from "./TimeStamp";

interface Props {
  title: string;
  articleCount: number;
  lastUpdatedAt: string;
  feeds: { slug: string; name: string }[];
  now: Date;
}

export function StoryHeader({ title, articleCount, lastUpdatedAt, feeds, now }: Props) {
  return (
    <header className="story-header">
      {feeds.length ? (
        <p className="eyebrow">
          {feeds.map((f, i) => (
            <span key={f.slug}>
              {i > 0 ? " · " : null}
              <Link href={feedPath(f.slug)}>{f.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <h1 className="story-title">{title}</h1>
      <p className="meta story-meta">
        <a href="#sources">Updated ({articlesLabel(articleCount)})</a> · <TimeStamp at={lastUpdatedAt} now={now} />
      </p>
    </header>
  );
}

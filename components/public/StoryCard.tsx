import Link from "next/link";
import { articlesLabel } from "@/lib/public/format-date";
import { storyPath } from "@/lib/public/site";
import type { StoryCardData } from "@/lib/public/types";
import { TimeStamp } from "./TimeStamp";

export function StoryCard({ story, now }: { story: StoryCardData; now: Date }) {
  return (
    <article className="card">
      <h2 className="card-title">
        <Link href={storyPath(story.slug)}>{story.title}</Link>
      </h2>
      <p className="meta">
        Updated ({articlesLabel(story.articleCount)}) · <TimeStamp at={story.lastUpdatedAt} now={now} />
      </p>
      {story.firstHeadline ? <p className="card-lede">{story.firstHeadline}</p> : null}
    </article>
  );
}

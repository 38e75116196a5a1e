import type { Metadata } from "next";
import Link from "next/link";
import { getFeeds } from "@/lib/public/cached-reads";
import { feedPath, pageAlternates } from "@/lib/public/site";

// Static, cached under the tags of the lists it shows; re-rendered when a publish expires them.
export const revalidate = 300;

export const metadata: Metadata = {
  title: "Feeds",
  description: "Every topic feed, with the number of stories in each.",
  alternates: pageAlternates("/feeds"),
};

export default async function FeedsPage() {
  const feeds = await getFeeds();
  return (
    <div className="page">
      <h1 className="page-title">Feeds</h1>
      {feeds.length ? (
        <ul className="feed-list">
          {feeds.map((f) => (
            <li key={f.id}>
              <Link href={feedPath(f.slug)} className="feed-name">
                {f.name}
              </Link>{" "}
              <span className="meta">
                {f.storyCount} {f.storyCount === 1 ? "story" : "stories"}
              </span>
              <span className="feed-subscribe meta">
                <a href={`${feedPath(f.slug)}/rss.xml`} aria-label={`${f.name} RSS feed`}>
                  RSS
                </a>{" "}
                ·{" "}
                <a href={`${feedPath(f.slug)}/atom.xml`} aria-label={`${f.name} Atom feed`}>
                  Atom
                </a>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">There are no feeds yet.</p>
      )}
    </div>
  );
}

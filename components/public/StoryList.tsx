import Link from "next/link";
import { olderPath } from "@/lib/public/site";
import type { Paged, StoryCardData } from "@/lib/public/types";
import { StoryCard } from "./StoryCard";

// A page of story cards plus keyset navigation. "Older stories" carries the cursor of the last
// card; "Latest stories" returns to the first page (keyset pages have no cheap "previous").

interface Props {
  page: Paged<StoryCardData>;
  basePath: string;
  isFirstPage: boolean;
  empty: string;
}

export function StoryList({ page, basePath, isFirstPage, empty }: Props) {
  const now = new Date();
  if (!page.items.length) {
    return (
      <>
        <p className="empty">{isFirstPage ? empty : "There are no older stories."}</p>
        {!isFirstPage ? <PagerLink href={basePath} label="Latest stories" /> : null}
      </>
    );
  }
  return (
    <>
      <ol className="cards">
        {page.items.map((s) => (
          <li key={s.storyId}>
            <StoryCard story={s} now={now} />
          </li>
        ))}
      </ol>
      <nav className="pager" aria-label="More stories">
        {!isFirstPage ? <PagerLink href={basePath} label="Latest stories" /> : null}
        {page.next ? <PagerLink href={olderPath(basePath, page.next)} label="Older stories" rel="next" /> : null}
      </nav>
    </>
  );
}

function PagerLink({ href, label, rel }: { href: string; label: string; rel?: string }) {
  return (
    <Link href={href} rel={rel} className="pager-link" prefetch={false}>
      {label}
    </Link>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { StoryFilterForm } from "@/components/admin/StoryFilterForm";
import { StoryTable } from "@/components/admin/StoryTable";
import { listFeeds } from "@/lib/admin/list-feeds";
import { listStories, storyFilters } from "@/lib/admin/list-stories";
import { requirePageActor } from "@/lib/admin/page-actor";

export const metadata: Metadata = { title: "Stories" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StoriesPage({ searchParams }: Props) {
  const actor = await requirePageActor("/admin");
  const filters = storyFilters.parse(await searchParams);
  const [{ rows, hasMore }, feeds] = await Promise.all([listStories(actor, filters), listFeeds(actor)]);
  const filtered = !!(filters.status || filters.feed || filters.q);
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    if (filters.status) q.set("status", filters.status);
    if (filters.feed) q.set("feed", filters.feed);
    if (filters.q) q.set("q", filters.q);
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return s ? `/admin?${s}` : "/admin";
  };
  return (
    <>
      <div className="page-head">
        <h1>Stories</h1>
        <Link href="/admin/stories/new" className="btn btn-primary">
          New story
        </Link>
      </div>
      {/* Keyed by the filters: its fields are uncontrolled, so after "Clear" or Back (client
          navigation) a remount is what makes them show the filters actually applied. */}
      <StoryFilterForm key={`${filters.status ?? ""}|${filters.feed ?? ""}|${filters.q ?? ""}`} filters={filters} feeds={feeds} />
      <StoryTable rows={rows} empty={filtered ? "No stories match these filters." : "No stories yet. Start one with “New story”."} />
      {filters.page > 1 || hasMore ? (
        <nav className="pager" aria-label="Pages">
          {filters.page > 1 ? <Link href={pageHref(filters.page - 1)}>← Newer</Link> : <span />}
          {hasMore ? <Link href={pageHref(filters.page + 1)}>Older →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

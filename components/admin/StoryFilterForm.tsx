import Link from "next/link";
import type { AdminFeed } from "@/lib/admin/list-feeds";
import { STORY_STATUSES, type StoryFilters } from "@/lib/admin/list-stories";
import { STATUS_LABEL } from "./status-label";

/** A plain GET form: filters live in the URL, so they survive reloads and can be shared. */
export function StoryFilterForm({ filters, feeds }: { filters: StoryFilters; feeds: AdminFeed[] }) {
  return (
    <form method="get" action="/admin" role="search" aria-label="Filter stories" className="filters">
      <div className="field">
        <label htmlFor="filter-q">Search titles</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">Any status</option>
          {STORY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-feed">Feed</label>
        <select id="filter-feed" name="feed" defaultValue={filters.feed ?? ""}>
          <option value="">Any feed</option>
          {feeds.map((f) => (
            <option key={f.id} value={f.slug}>
              {f.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit" className="btn">
          Filter
        </button>
        {filters.q || filters.status || filters.feed ? (
          <Link href="/admin" className="btn btn-quiet">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

import Link from "next/link";
import type { StoryListRow } from "@/lib/admin/list-stories";
import { STATUS_LABEL } from "./status-label";

// A real table on wide screens; below 40rem each row becomes a card (admin.css), with the cell
// labels shown from data-label so nothing depends on seeing the column headers.

const fmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function StoryTable({ rows, empty }: { rows: StoryListRow[]; empty: string }) {
  if (!rows.length) return <p className="empty-state">{empty}</p>;
  return (
    <table className="story-table">
      <caption className="sr-only">Stories, most recently edited first</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Feeds</th>
          <th scope="col">Last update</th>
          <th scope="col">Articles</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <th scope="row" className="story-title-cell">
              <Link href={`/admin/stories/${s.id}`}>{s.title}</Link>
            </th>
            <td data-label="Status">
              <span className={`status status-${s.status.toLowerCase()}`}>{STATUS_LABEL[s.status]}</span>
            </td>
            <td data-label="Feeds">{s.feeds.length ? s.feeds.map((f) => f.name).join(", ") : <span className="admin-muted">None</span>}</td>
            <td data-label="Last update">
              <time dateTime={s.updatedAt.toISOString()}>{fmt.format(s.updatedAt)} UTC</time>
            </td>
            <td data-label="Articles">
              {s.articleCount}
              {s.hasIncompleteSource ? (
                <span className="flag-incomplete" title="At least one source needs an outlet, headline or URL">
                  Incomplete sources
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { TrashActions } from "@/components/admin/history/TrashActions";
import { formatUtc } from "@/components/admin/history/revision-labels";
import { listTrash } from "@/lib/admin/list-trash";
import { requirePageActor } from "@/lib/admin/page-actor";
import { can } from "@/lib/auth/permissions";
import { TRASH_DAYS } from "@/lib/stories/safety-schema";
import "@/components/admin/history/history.css";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage() {
  const actor = await requirePageActor("/admin/trash");
  if (!can(actor.role, "story.restore")) {
    return (
      <>
        <h1>Trash</h1>
        <p className="empty-state">Only editors and admins can see deleted stories.</p>
      </>
    );
  }
  const rows = await listTrash(actor);
  const canPurge = can(actor.role, "story.purge");
  return (
    <>
      <div className="page-head">
        <h1>Trash</h1>
      </div>
      <p className="help page-help">
        Deleted stories are off the public site and out of the story list. They can be restored for {TRASH_DAYS} days, then they are deleted for good.
        {canPurge ? " As an admin you can delete one for good now." : ""}
      </p>
      {rows.length ? (
        <table className="story-table">
          <caption className="sr-only">Deleted stories, most recently deleted first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Deleted</th>
              <th scope="col">Deleted for good after</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row" className="story-title-cell">
                  <Link href={`/admin/stories/${r.id}/history`}>{r.title}</Link>
                </th>
                <td data-label="Deleted">
                  <time dateTime={r.deletedAt.toISOString()}>{formatUtc(r.deletedAt)}</time>
                  {r.deletedBy ? <span className="admin-muted"> by {r.deletedBy}</span> : null}
                </td>
                <td data-label="Deleted for good after">
                  <time dateTime={r.purgeAfter.toISOString()}>{formatUtc(r.purgeAfter)}</time>
                </td>
                <td className="revision-actions">
                  <TrashActions storyId={r.id} title={r.title} restorable={r.restorable} canPurge={canPurge} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty-state">The trash is empty.</p>
      )}
    </>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { purgeStoryAction, restoreStoryAction } from "@/app/(admin)/admin/stories/safety-actions";
import { useRowAction } from "./use-row-action";

/** Restore (editors) and delete for good (admins) for one story in the trash. */
export function TrashActions({ storyId, title, restorable, canPurge }: { storyId: string; title: string; restorable: boolean; canPurge: boolean }) {
  const router = useRouter();
  const { busy, run, errorNote } = useRowAction();
  const restore = () => void run(() => restoreStoryAction({ storyId }), () => router.push(`/admin/stories/${storyId}`));
  const purge = () => {
    if (!window.confirm(`Delete “${title}” for good, with its whole history? This cannot be undone.`)) return;
    void run(() => purgeStoryAction({ storyId }), () => router.refresh());
  };
  return (
    <span className="restore-revision">
      <span className="row-actions">
        {restorable ? (
          <button type="button" className="btn btn-small" disabled={busy} onClick={restore} aria-label={`Restore “${title}”`}>
            Restore
          </button>
        ) : null}
        {canPurge ? (
          <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={purge} aria-label={`Delete “${title}” for good`}>
            Delete for good
          </button>
        ) : null}
      </span>
      {errorNote}
    </span>
  );
}

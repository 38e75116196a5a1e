"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { purgeStoryAction, restoreStoryAction } from "@/app/(admin)/admin/stories/safety-actions";

/** Restore (editors) and delete for good (admins) for one story in the trash. */
export function TrashActions({ storyId, title, restorable, canPurge }: { storyId: string; title: string; restorable: boolean; canPurge: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<{ ok: boolean; error?: string }>, then: () => void) => {
    setBusy(true);
    setError(null);
    try {
      const res = await fn();
      if (res.ok) then();
      else setError(res.error ?? "Something went wrong.");
    } catch {
      setError("Could not reach the server. Try again.");
    } finally {
      setBusy(false);
    }
  };
  const restore = () => run(() => restoreStoryAction({ storyId }), () => router.push(`/admin/stories/${storyId}`));
  const purge = () => {
    if (!window.confirm(`Delete “${title}” for good, with its whole history? This cannot be undone.`)) return;
    void run(() => purgeStoryAction({ storyId }), () => router.refresh());
  };
  return (
    <span className="restore-revision">
      <span className="row-actions">
        {restorable ? (
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => void restore()} aria-label={`Restore “${title}”`}>
            Restore
          </button>
        ) : null}
        {canPurge ? (
          <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={purge} aria-label={`Delete “${title}” for good`}>
            Delete for good
          </button>
        ) : null}
      </span>
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { restoreRevisionAction } from "@/app/(admin)/admin/stories/safety-actions";
import { useRowAction } from "./use-row-action";

/**
 * Makes an old version the working copy again (a new version; nothing is lost). Sends the
 * version this page showed as current, so a save made meanwhile is a conflict, not overwritten.
 */
export function RestoreRevisionButton({ storyId, version, currentVersion }: { storyId: string; version: number; currentVersion: number }) {
  const router = useRouter();
  const { busy, run, errorNote } = useRowAction();
  const restore = () => {
    if (!window.confirm(`Restore version ${version} as the new working copy? Readers keep seeing the published version until you publish.`)) return;
    void run(
      () => restoreRevisionAction({ storyId, version, baseVersion: currentVersion }),
      () => router.push(`/admin/stories/${storyId}`),
      (f) => (f.code === "conflict" ? "Someone saved this story since this page loaded. Reload the page and try again." : f.error),
    );
  };
  return (
    <span className="restore-revision">
      <button type="button" className="btn btn-small" disabled={busy} onClick={restore} aria-label={`Restore version ${version}`}>
        {busy ? "Restoring…" : "Restore"}
      </button>
      {errorNote}
    </span>
  );
}

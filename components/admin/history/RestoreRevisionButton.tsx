"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreRevisionAction } from "@/app/(admin)/admin/stories/safety-actions";

/**
 * Makes an old version the working copy again (a new version; nothing is lost). Sends the
 * version this page showed as current, so a save made meanwhile is a conflict, not overwritten.
 */
export function RestoreRevisionButton({ storyId, version, currentVersion }: { storyId: string; version: number; currentVersion: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    if (!window.confirm(`Restore version ${version} as the new working copy? Readers keep seeing the published version until you publish.`)) return;
    setBusy(true);
    setError(null);
    try {
      const res = await restoreRevisionAction({ storyId, version, baseVersion: currentVersion });
      if (res.ok) router.push(`/admin/stories/${storyId}`);
      else {
        setError(res.code === "conflict" ? "Someone saved this story since this page loaded. Reload the page and try again." : res.error);
        setBusy(false);
      }
    } catch {
      setError("Could not reach the server. Try again.");
      setBusy(false);
    }
  };
  return (
    <span className="restore-revision">
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => void restore()} aria-label={`Restore version ${version}`}>
        {busy ? "Restoring…" : "Restore"}
      </button>
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}

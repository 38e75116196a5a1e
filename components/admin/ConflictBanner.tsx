"use client";

import type { Conflict } from "./editor/use-story-sync";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : null);

/**
 * Someone saved since this editor loaded. Nothing of the writer's is lost: "Reapply my changes"
 * puts their whole document on top of the latest version; "Reload" takes the other version.
 */
export function ConflictBanner({
  conflict,
  changes,
  busy,
  onReload,
  onReapply,
}: {
  conflict: Conflict;
  /** What the newer version changed since this editor loaded (null while unknown). */
  changes?: string[] | null;
  busy: boolean;
  onReload: () => void;
  onReapply: () => void;
}) {
  const at = when(conflict.changedAt);
  return (
    <div className="banner banner-conflict" role="alert">
      <p>
        <strong>{conflict.changedBy ?? "Someone else"}</strong> saved this story{at ? ` at ${at}` : ""} (now version {conflict.currentVersion}), after you opened
        it. Your changes are still here, not saved yet.
      </p>
      {changes?.length ? (
        <>
          <p>What they changed:</p>
          <ul className="conflict-changes">
            {changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="banner-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={onReapply}>
          Reapply my changes
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onReload}>
          Reload
        </button>
        <span className="admin-muted">Reload shows their version and discards your unsaved changes.</span>
      </div>
    </div>
  );
}

"use client";

import { STATUS_LABEL } from "../status-label";
import type { Meta } from "./use-story-sync";

// The story's state and the four actions, kept in view (sticky) while the writer scrolls.

interface Props {
  meta: Meta;
  dirty: boolean;
  busy: string | null;
  canPublish: boolean;
  onSave: () => void;
  onPublish: () => void;
  onUnpublish: () => void;
  onPreview: () => void;
}

export function EditorBar({ meta, dirty, busy, canPublish, onSave, onPublish, onUnpublish, onPreview }: Props) {
  const saveState = busy === "save" ? "Saving…" : dirty ? "Unsaved changes" : meta.id ? "All changes saved" : "Not saved yet";
  return (
    <div className="editor-bar">
      <p className="editor-state">
        <span className={`status status-${meta.status.toLowerCase()}`}>{STATUS_LABEL[meta.status]}</span>
        {meta.id ? <span className="admin-muted"> · version {meta.version}</span> : null}
        <span className={dirty ? "save-state dirty" : "save-state"} aria-live="polite">
          {" "}
          · {saveState}
        </span>
      </p>
      <div className="editor-actions">
        <button type="button" className="btn btn-primary" disabled={!!busy} onClick={onSave} aria-keyshortcuts="Control+S">
          Save
        </button>
        <button type="button" className="btn" disabled={!!busy} onClick={onPreview}>
          Preview
        </button>
        {canPublish ? (
          <button type="button" className="btn btn-publish" disabled={!!busy} onClick={onPublish}>
            {busy === "publish" ? "Publishing…" : "Publish"}
          </button>
        ) : null}
        {canPublish && meta.status === "PUBLISHED" ? (
          <button type="button" className="btn btn-quiet" disabled={!!busy} onClick={onUnpublish}>
            Unpublish
          </button>
        ) : null}
      </div>
    </div>
  );
}

"use client";

import type { Undo } from "./use-draft";
import type { Notice } from "./use-story-sync";

// Results of actions. Errors interrupt (role=alert); confirmations and moves are announced
// politely (role=status). An undo offer stays until the next removal or until dismissed.

interface Props {
  notice: Notice | null;
  undo: Undo | null;
  onUndo: () => void;
  onDismissUndo: () => void;
  announcement: string;
}

export function Notices({ notice, undo, onUndo, onDismissUndo, announcement }: Props) {
  const link = notice?.link ? (
    <>
      {" "}
      <a href={notice.link.href} target="_blank" rel="noopener">
        {notice.link.label}
      </a>
    </>
  ) : null;
  return (
    <div className="notices">
      <div role="alert" className={notice?.kind === "error" ? "notice notice-error" : "notice-empty"}>
        {notice?.kind === "error" ? (
          <p className="notice-text">
            {notice.text}
            {link}
          </p>
        ) : null}
      </div>
      <div role="status" className={notice?.kind === "ok" || undo ? "notice notice-ok" : "notice-empty"}>
        {notice?.kind === "ok" ? (
          <p>
            {notice.text}
            {link}
          </p>
        ) : null}
        {undo ? (
          <p>
            {undo.message}{" "}
            <button type="button" className="btn btn-quiet btn-small" onClick={onUndo}>
              Undo
            </button>
            <button type="button" className="btn btn-quiet btn-small" aria-label="Dismiss" onClick={onDismissUndo}>
              ×
            </button>
          </p>
        ) : null}
      </div>
      <div className="sr-only" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}

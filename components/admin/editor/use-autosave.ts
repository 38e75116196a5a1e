"use client";

import { useEffect, useRef, useState } from "react";
import { documentFromDraft } from "@/lib/admin/editor-document";
import type { EditorStory } from "@/lib/admin/editor-story";
import { storyDocument } from "@/lib/stories/schema";
import type { useDraft } from "./use-draft";
import type { Conflict, Meta } from "./use-story-sync";

/** Quiet time after the last keystroke before a draft saves itself. */
export const AUTOSAVE_MS = 10_000;

export type AutosaveState = { kind: "idle" } | { kind: "saved"; at: Date } | { kind: "paused"; why: string };

/**
 * Debounced autosave of an existing story's working copy. It goes through the same save as the
 * button, which names the version this editor loaded, so it can never write over another
 * editor's newer version: that is a conflict, and autosave stops until the writer resolves it.
 * Drafts that would not pass validation (a headline being typed) wait instead of showing errors,
 * and a failed attempt is not retried until the writer changes something.
 */
export function useAutosave(
  d: Pick<ReturnType<typeof useDraft>, "draft" | "draftRef" | "seqRef" | "isDirty" | "dirty">,
  sync: { meta: Meta; busy: string | null; conflict: Conflict | null; save: () => Promise<EditorStory | null> },
): AutosaveState {
  const [state, setState] = useState<AutosaveState>({ kind: "idle" });
  const tried = useRef(-1);
  const { draft, dirty, draftRef, seqRef, isDirty } = d;
  const { meta, busy, conflict, save } = sync;
  const blocked = !meta.id || !!conflict || !!busy || !dirty;

  useEffect(() => {
    if (blocked) return;
    const timer = setTimeout(() => {
      if (!isDirty() || tried.current === seqRef.current) return;
      tried.current = seqRef.current;
      if (!storyDocument.safeParse(documentFromDraft(draftRef.current)).success) {
        setState({ kind: "paused", why: "waiting for the required fields" });
        return;
      }
      void save().then((saved) => setState(saved ? { kind: "saved", at: new Date() } : { kind: "paused", why: "the last attempt failed; save by hand" }));
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [blocked, draft, draftRef, isDirty, save, seqRef]);

  if (conflict) return { kind: "paused", why: "resolve the conflict first" };
  return state;
}

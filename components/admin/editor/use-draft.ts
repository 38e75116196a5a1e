"use client";

import { useCallback, useRef, useState } from "react";
import { draftFromDocument, emptyDraft, type Draft } from "@/lib/admin/editor-document";
import type { EditorStory } from "@/lib/admin/editor-story";
import { createNumbering } from "./numbering";

export type Edit = (fn: (d: Draft) => Draft) => void;

export interface Undo {
  message: string;
  restore: (d: Draft) => Draft;
}

/**
 * The draft and its change counter. `draftRef` always holds the latest draft, so async flows
 * (save, publish) read what is on screen now, not what a stale closure saw. `seq` counts the
 * writer's edits; the draft is "dirty" while it is ahead of the last saved `savedSeq`.
 */
export function useDraft(initial: EditorStory | null) {
  const [draft, setDraft] = useState<Draft>(() => (initial ? draftFromDocument(initial.document) : emptyDraft()));
  const draftRef = useRef(draft);
  const seqRef = useRef(0);
  const [seq, setSeq] = useState(0);
  const [savedSeq, setSavedSeq] = useState(0);
  const savedSeqRef = useRef(0);
  const [undo, setUndo] = useState<Undo | null>(null);
  // Bumped when the whole draft is replaced (reload): rich-text fields remount with the new text.
  const [generation, setGeneration] = useState(0);
  // Kept in step with the source list synchronously (below), so "[3]" typed right after adding
  // a third source already finds it.
  const [numbering] = useState(() => createNumbering(draft.sources));

  const edit: Edit = useCallback((fn) => {
    const next = fn(draftRef.current);
    if (next === draftRef.current) return;
    draftRef.current = next;
    numbering.setSources(next.sources);
    seqRef.current += 1;
    setSeq(seqRef.current);
    setDraft(next);
  }, [numbering]);

  /** Changes that are not the writer's edits (ids learned from a save). */
  const patch = useCallback((fn: (d: Draft) => Draft) => {
    draftRef.current = fn(draftRef.current);
    numbering.setSources(draftRef.current.sources);
    setDraft(draftRef.current);
  }, [numbering]);

  const replace = useCallback((next: Draft) => {
    draftRef.current = next;
    numbering.setSources(next.sources);
    seqRef.current = 0;
    savedSeqRef.current = 0;
    setSeq(0);
    setSavedSeq(0);
    setUndo(null);
    setDraft(next);
    setGeneration((g) => g + 1);
  }, [numbering]);

  const markSaved = useCallback((upTo: number) => {
    savedSeqRef.current = Math.max(savedSeqRef.current, upTo);
    setSavedSeq(savedSeqRef.current);
  }, []);
  const getDraft = useCallback(() => draftRef.current, []);
  /** For async flows: the render-time `dirty` may be stale by the time they run. */
  const isDirty = useCallback(() => seqRef.current !== savedSeqRef.current, []);

  const editWithUndo = useCallback(
    (fn: (d: Draft) => Draft, message: string, restore: (d: Draft) => Draft) => {
      edit(fn);
      setUndo({ message, restore });
    },
    [edit],
  );

  const undoLast = useCallback(() => {
    if (!undo) return;
    edit(undo.restore);
    setUndo(null);
  }, [edit, undo]);

  return {
    draft,
    draftRef,
    seqRef,
    seq,
    dirty: seq !== savedSeq,
    isDirty,
    getDraft,
    edit,
    patch,
    replace,
    markSaved,
    generation,
    numbering,
    undo,
    editWithUndo,
    undoLast,
    clearUndo: useCallback(() => setUndo(null), []),
  };
}

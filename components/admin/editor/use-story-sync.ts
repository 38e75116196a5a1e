"use client";

import { useCallback, useRef, useState } from "react";
import { documentFromDraft, draftFromDocument } from "@/lib/admin/editor-document";
import { applySaved } from "@/lib/admin/editor-rules";
import { rebaseDraft } from "@/lib/admin/rebase-draft";
import type { EditorStory } from "@/lib/admin/editor-story";
import type { ActionResult } from "@/lib/actions/run-action";
import { loadStoryAction, publishStoryAction, saveStoryAction, unpublishStoryAction } from "@/app/(admin)/admin/stories/actions";
import { revisionDocumentAction } from "@/app/(admin)/admin/stories/safety-actions";
import type { useDraft } from "./use-draft";

export type Meta = Pick<EditorStory, "slug" | "status" | "version" | "publishedAt"> & { id: string | null; scheduledAt?: string | null };
export type Conflict = NonNullable<Extract<ActionResult<unknown>, { ok: false }>["conflict"]>;
export interface Notice {
  kind: "ok" | "error";
  text: string;
  /** A link to offer with the notice (the public page after publishing, sign-in after expiry). */
  link?: { href: string; label: string };
  /** A publish refusal: it goes stale once the draft changes (the live checklist takes over). */
  blocked?: true;
}
type Busy = null | "save" | "publish" | "unpublish" | "reload";
type Failure = Extract<ActionResult<unknown>, { ok: false }>;

const metaOf = (s: EditorStory): Meta => ({ id: s.id, slug: s.slug, status: s.status, version: s.version, publishedAt: s.publishedAt, scheduledAt: s.scheduledAt ?? null });
const stripDocument = (errors: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^document\./, ""), v]));

/**
 * Talking to the server: save, publish, unpublish, and the two ways out of a conflict. What the
 * writer typed is never thrown away by a failure: a stale version, an expired session or a
 * database outage leave the draft as it is, with a message saying what to do.
 */
export function useStorySync(initial: EditorStory | null, d: ReturnType<typeof useDraft>) {
  const [meta, setMeta] = useState<Meta>(initial ? metaOf(initial) : { id: null, slug: "", status: "DRAFT", version: 0, publishedAt: null });
  const metaRef = useRef(meta);
  const [busy, setBusy] = useState<Busy>(null);
  const busyRef = useRef<Busy>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [serverProblems, setServerProblems] = useState<string[]>([]);
  // The draft's edit counter when publishing was refused; any later edit makes the refusal stale.
  const [blockedAt, setBlockedAt] = useState<number | null>(null);

  const updateMeta = useCallback((s: EditorStory) => {
    metaRef.current = metaOf(s);
    setMeta(metaRef.current);
  }, []);

  const fail = useCallback((res: Failure) => {
    if (res.code === "conflict" && res.conflict) setConflict(res.conflict);
    if (res.code === "blocked") {
      setServerProblems(res.problems ?? []);
      setBlockedAt(d.seqRef.current);
    }
    setFieldErrors(stripDocument(res.fieldErrors));
    const text =
      res.code === "unauthenticated"
        ? "Your session has ended. Sign in again in a new tab, then save: your changes are kept here."
        : res.code === "blocked"
          ? `${res.error}\nFix these (they are also listed under “Before publishing”), then publish again. Your changes are saved.`
          : res.error;
    setNotice({
      kind: "error",
      text,
      link: res.code === "unauthenticated" ? { href: "/login", label: "Sign in (new tab)" } : undefined,
      ...(res.code === "blocked" ? { blocked: true as const } : {}),
    });
  }, [d.seqRef]);

  /** Runs one server call at a time; a second click while one is out is ignored. */
  const exclusive = useCallback(async <T,>(kind: Exclude<Busy, null>, fn: () => Promise<T>): Promise<T | null> => {
    if (busyRef.current) return null;
    busyRef.current = kind;
    setBusy(kind);
    try {
      return await fn();
    } catch {
      setNotice({ kind: "error", text: "Could not reach the server. Nothing was lost: try again in a moment." });
      return null;
    } finally {
      busyRef.current = null;
      setBusy(null);
    }
  }, []);

  const saveNow = useCallback(async (): Promise<EditorStory | null> => {
    const sent = d.draftRef.current;
    const sentSeq = d.seqRef.current;
    const { id, version } = metaRef.current;
    const res = await saveStoryAction({ ...(id ? { storyId: id, baseVersion: version } : {}), document: documentFromDraft(sent) });
    if (!res.ok) return fail(res), null;
    d.patch((current) => applySaved(current, sent, res.data.document));
    d.markSaved(sentSeq);
    updateMeta(res.data);
    if (!id) window.history.replaceState(null, "", `/admin/stories/${res.data.id}`);
    setFieldErrors({});
    setConflict(null);
    setServerProblems([]);
    setNotice({ kind: "ok", text: `Saved (version ${res.data.version}).` });
    return res.data;
  }, [d, fail, updateMeta]);

  const save = useCallback(() => exclusive("save", saveNow), [exclusive, saveNow]);

  /** Saves first when there is anything unsaved, so what is published is what is on screen. */
  const publish = useCallback(
    () =>
      exclusive("publish", async () => {
        if ((!metaRef.current.id || d.isDirty()) && !(await saveNow())) return;
        const { id, version } = metaRef.current;
        const res = await publishStoryAction({ storyId: id, baseVersion: version });
        if (!res.ok) return fail(res);
        updateMeta(res.data);
        setServerProblems([]);
        const text = res.data.changed ? "Published: readers see this version now." : "Published (nothing readers see had changed).";
        setNotice({ kind: "ok", text, link: { href: `/stories/${res.data.slug}`, label: "View the public page" } });
      }),
    [d, exclusive, fail, saveNow, updateMeta],
  );

  const unpublish = useCallback(
    () =>
      exclusive("unpublish", async () => {
        const res = await unpublishStoryAction({ storyId: metaRef.current.id });
        if (!res.ok) return fail(res);
        updateMeta(res.data);
        setNotice({ kind: "ok", text: "Unpublished: the story is off the public site." });
      }),
    [exclusive, fail, updateMeta],
  );

  /** Conflict, way 1: take the other person's version and drop mine. */
  const reload = useCallback(
    () =>
      exclusive("reload", async () => {
        const res = await loadStoryAction({ storyId: metaRef.current.id });
        if (!res.ok) return fail(res);
        d.replace(draftFromDocument(res.data.document));
        updateMeta(res.data);
        setConflict(null);
        setFieldErrors({});
        setNotice({ kind: "ok", text: `Loaded version ${res.data.version}.` });
      }),
    [d, exclusive, fail, updateMeta],
  );

  /**
   * Conflict, way 2: my changes on top of the latest version. A three-way merge against the
   * version I loaded keeps their changes to everything I did not touch; where we both changed
   * the same item mine wins, and the notice names those items.
   */
  const reapply = useCallback(
    () =>
      exclusive("save", async () => {
        const storyId = metaRef.current.id;
        const [res, base] = await Promise.all([loadStoryAction({ storyId }), revisionDocumentAction({ storyId, version: metaRef.current.version })]);
        if (!res.ok) return fail(res);
        let overwritten: string[] = [];
        if (base.ok) {
          const rebased = rebaseDraft(draftFromDocument(base.data), d.draftRef.current, draftFromDocument(res.data.document));
          overwritten = rebased.overwritten;
          d.replace(rebased.draft);
          d.edit((x) => ({ ...x })); // unsaved until the save below succeeds
        }
        updateMeta(res.data);
        const saved = await saveNow();
        if (saved && overwritten.length)
          setNotice({ kind: "ok", text: `Saved (version ${saved.version}). Their other changes are kept; yours replaced theirs in: ${overwritten.join("; ")}.` });
      }),
    [d, exclusive, fail, saveNow, updateMeta],
  );

  // Once the writer has changed the draft since a refusal, the live checklist (same rules) is the truth.
  const refusalStale = blockedAt !== null && blockedAt !== d.seq;
  return {
    meta,
    busy,
    notice: refusalStale && notice?.blocked ? null : notice,
    setNotice,
    fieldErrors,
    conflict,
    serverProblems: refusalStale ? [] : serverProblems,
    save,
    publish,
    unpublish,
    reload,
    reapply,
    updateMeta,
  };
}

"use client";

import { useCallback } from "react";
import { emptyBody, newUid, type Body, type Draft, type DraftClaim, type DraftSource } from "@/lib/admin/editor-document";
import { claimLabel } from "@/lib/admin/editor-rules";
import type { CitationNumbering } from "@/lib/richtext/extensions";
import { ClaimEditor } from "../ClaimEditor";
import { moveBy } from "./move";
import type { Edit } from "./use-draft";

interface Props {
  claims: DraftClaim[];
  sources: DraftSource[];
  generation: number;
  errors: Record<string, string>;
  numbering: CitationNumbering;
  edit: Edit;
  editWithUndo: (fn: (d: Draft) => Draft, message: string, restore: (d: Draft) => Draft) => void;
  getDraft: () => Draft;
}

const setClaim = (uid: string, patch: Partial<DraftClaim>) => (d: Draft) => ({ ...d, claims: d.claims.map((c) => (c.uid === uid ? { ...c, ...patch } : c)) });

export function ClaimsSection({ claims, sources, generation, errors, numbering, edit, editWithUndo, getDraft }: Props) {
  const onHeadline = useCallback((uid: string, headline: string) => edit(setClaim(uid, { headline })), [edit]);
  const onBody = useCallback((uid: string, body: Body) => edit(setClaim(uid, { body })), [edit]);
  const onMove = useCallback((uid: string, by: -1 | 1) => edit((d) => ({ ...d, claims: moveBy(d.claims, (c) => c.uid === uid, by) })), [edit]);
  // Deleting is one click (no "are you sure?" under deadline) and can be undone.
  const onDelete = useCallback(
    (uid: string) => {
      const d = getDraft();
      const i = d.claims.findIndex((c) => c.uid === uid);
      const removed = d.claims[i];
      editWithUndo(
        (x) => ({ ...x, claims: x.claims.filter((c) => c.uid !== uid) }),
        `${claimLabel(i, removed.headline)} deleted.`,
        (x) => ({ ...x, claims: [...x.claims.slice(0, i), removed, ...x.claims.slice(i)] }),
      );
    },
    [getDraft, editWithUndo],
  );
  const onAdd = () => {
    const uid = newUid("claim");
    edit((d) => ({ ...d, claims: [...d.claims, { uid, headline: "", body: emptyBody() }] }));
    requestAnimationFrame(() => document.getElementById(`claim-${uid}-headline`)?.focus());
  };

  return (
    <section className="panel" aria-labelledby="claims-h">
      <h2 id="claims-h">Claims</h2>
      {claims.length === 0 ? <p className="admin-muted">No claims yet. A claim is a bold one-line headline and two or three cited sentences.</p> : null}
      {claims.map((c, i) => (
        <ClaimEditor
          key={c.uid}
          claim={c}
          index={i}
          count={claims.length}
          generation={generation}
          errors={errors}
          numbering={numbering}
          sources={sources}
          onHeadline={onHeadline}
          onBody={onBody}
          onMove={onMove}
          onDelete={onDelete}
        />
      ))}
      <button type="button" className="btn" onClick={onAdd}>
        Add claim
      </button>
    </section>
  );
}

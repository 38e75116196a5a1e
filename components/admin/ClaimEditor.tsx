"use client";

import { memo } from "react";
import type { Body, DraftClaim, DraftSource } from "@/lib/admin/editor-document";
import type { CitationNumbering } from "@/lib/richtext/extensions";
import { FieldError } from "./FieldError";
import { RichTextEditor } from "./RichTextEditor";
import { refocusSoon } from "./editor/move";

// One claim: a one-line headline and a short cited text. Its heading ("Claim 2") names the
// region, the headline input and the text field, so each is findable by screen reader and test.

interface Props {
  claim: DraftClaim;
  index: number;
  count: number;
  generation: number;
  errors: Record<string, string>;
  numbering: CitationNumbering;
  sources: DraftSource[];
  onHeadline: (uid: string, headline: string) => void;
  onBody: (uid: string, body: Body) => void;
  onMove: (uid: string, by: -1 | 1) => void;
  onDelete: (uid: string) => void;
}

export const ClaimEditor = memo(function ClaimEditor({ claim: c, index, count, generation, errors, numbering, sources, onHeadline, onBody, onMove, onDelete }: Props) {
  const base = `claim-${c.uid}`;
  const headlineError = errors[`claims.${index}.headline`];
  const bodyError = errors[`claims.${index}.body`];
  return (
    <section className="item" aria-labelledby={`${base}-h`}>
      <div className="item-head">
        <h3 id={`${base}-h`}>Claim {index + 1}</h3>
        <div className="item-tools">
          <button type="button" id={`${base}-up`} className="tool" aria-label={`Move up: claim ${index + 1}`} title="Move up" disabled={index === 0} onClick={() => (onMove(c.uid, -1), refocusSoon(`${base}-up`, `${base}-down`))}>
            ↑
          </button>
          <button type="button" id={`${base}-down`} className="tool" aria-label={`Move down: claim ${index + 1}`} title="Move down" disabled={index === count - 1} onClick={() => (onMove(c.uid, 1), refocusSoon(`${base}-down`, `${base}-up`))}>
            ↓
          </button>
          <button type="button" className="tool tool-danger" aria-label={`Delete claim ${index + 1}`} onClick={() => onDelete(c.uid)}>
            Delete
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${base}-headline`}>Headline</label>
        <input
          id={`${base}-headline`}
          type="text"
          value={c.headline}
          maxLength={200}
          onChange={(e) => onHeadline(c.uid, e.target.value)}
          aria-invalid={!!headlineError}
          aria-describedby={headlineError ? `${base}-headline-err` : undefined}
        />
        <FieldError id={`${base}-headline-err`} message={headlineError} />
      </div>
      <div className="field">
        <span className="label" id={`${base}-text`}>
          Text
        </span>
        <RichTextEditor
          key={generation}
          labelledBy={`${base}-h ${base}-text`}
          describedBy={bodyError ? `${base}-body-err` : undefined}
          invalid={!!bodyError}
          initialContent={c.body}
          numbering={numbering}
          sources={sources}
          onChange={(body) => onBody(c.uid, body)}
        />
        <FieldError id={`${base}-body-err`} message={bodyError} />
      </div>
    </section>
  );
});

"use client";

import { memo } from "react";
import type { Body, DraftEntry, DraftSource, Precision } from "@/lib/admin/editor-document";
import type { CitationNumbering } from "@/lib/richtext/extensions";
import { FieldError } from "./FieldError";
import { RichTextEditor } from "./RichTextEditor";

// One dated entry. The list is kept in date order: an entry moves to its place when its date
// field is left (not on every keystroke, which would move the field away from the cursor).

interface Props {
  entry: DraftEntry;
  index: number;
  generation: number;
  errors: Record<string, string>;
  numbering: CitationNumbering;
  sources: DraftSource[];
  onChange: (uid: string, patch: Partial<DraftEntry>) => void;
  onDateCommitted: () => void;
  onDelete: (uid: string) => void;
}

export const PRECISIONS: { value: Precision; label: string }[] = [
  { value: "DAY", label: "Day" },
  { value: "MONTH", label: "Month" },
  { value: "YEAR", label: "Year" },
];

export const TimelineEntryEditor = memo(function TimelineEntryEditor({ entry: t, index, generation, errors, numbering, sources, onChange, onDateCommitted, onDelete }: Props) {
  const base = `entry-${t.uid}`;
  const dateError = errors[`timeline.${index}.date`] ?? (t.date ? undefined : "Choose a date.");
  const bodyError = errors[`timeline.${index}.body`];
  return (
    <section className="item" aria-labelledby={`${base}-h`}>
      <div className="item-head">
        <h3 id={`${base}-h`}>Timeline entry {index + 1}</h3>
        <div className="item-tools">
          <button type="button" className="tool tool-danger" aria-label={`Delete timeline entry ${index + 1}`} onClick={() => onDelete(t.uid)}>
            Delete
          </button>
        </div>
      </div>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${base}-date`}>Date</label>
          <input
            id={`${base}-date`}
            type="date"
            required
            value={t.date}
            onChange={(e) => onChange(t.uid, { date: e.target.value })}
            onBlur={onDateCommitted}
            aria-invalid={!!dateError}
            aria-describedby={dateError ? `${base}-date-err` : undefined}
          />
          <FieldError id={`${base}-date-err`} message={dateError} />
        </div>
        <div className="field">
          <label htmlFor={`${base}-precision`}>Precision</label>
          <select id={`${base}-precision`} value={t.precision} onChange={(e) => onChange(t.uid, { precision: e.target.value as Precision })}>
            {PRECISIONS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
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
          initialContent={t.body}
          numbering={numbering}
          sources={sources}
          onChange={(body: Body) => onChange(t.uid, { body })}
        />
        <FieldError id={`${base}-body-err`} message={bodyError} />
      </div>
    </section>
  );
});

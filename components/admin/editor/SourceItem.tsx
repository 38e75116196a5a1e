"use client";

import { memo, useState } from "react";
import type { DraftSource } from "@/lib/admin/editor-document";
import { missingSourceFields } from "@/lib/admin/editor-rules";
import { isSafeHref } from "@/lib/richtext/schema";
import { FieldError } from "../FieldError";
import { refocusSoon } from "./move";

// One numbered source. Incomplete sources (imported placeholders, or added in a hurry) are
// flagged and open for editing right here; complete ones open with "Edit".

interface Props {
  source: DraftSource;
  n: number;
  count: number;
  errors: Record<string, string>;
  refusal: string | null;
  onChange: (key: string, patch: Partial<DraftSource>) => void;
  onMove: (key: string, by: -1 | 1) => void;
  onRemove: (key: string) => void;
}

const FIELDS = [
  { name: "url", label: "URL", type: "url", wide: true },
  { name: "outlet", label: "Outlet", type: "text", wide: false },
  { name: "title", label: "Headline", type: "text", wide: true },
  { name: "publishedAt", label: "Date", type: "date", wide: false },
] as const;

export const SourceItem = memo(function SourceItem({ source: s, n, count, errors, refusal, onChange, onMove, onRemove }: Props) {
  const missing = missingSourceFields(s);
  const [editing, setEditing] = useState(missing.length > 0);
  const base = `src-${s.key}`;
  const urlError = errors[`sources.${n - 1}.url`];
  return (
    <li className={missing.length ? "source-item incomplete" : "source-item"}>
      <div className="source-line">
        <span className="source-n">[{n}]</span>
        <div className="source-text">
          {s.outlet ? <strong>{s.outlet}</strong> : null} {s.title ? <span>{s.title}</span> : null}
          {s.url && isSafeHref(s.url) ? (
            <a className="source-url" href={s.url} target="_blank" rel="noopener noreferrer">
              {s.url}
            </a>
          ) : s.url ? (
            // A stored URL the schema would refuse (an old import, a hand-edited row) is shown so the
            // editor can fix it, but never as a link: React blocks javascript: only, not data:.
            <span className="source-url">{s.url}</span>
          ) : null}
          {s.publishedAt ? <span className="admin-muted"> · {s.publishedAt}</span> : null}
          {missing.length ? <p className="incomplete-note">Incomplete: needs {missing.join(", ")}</p> : null}
        </div>
        <div className="item-tools">
          <button
            type="button"
            id={`${base}-up`}
            className="tool"
            aria-label={`Move up: source ${n}`}
            title="Move up"
            disabled={n === 1}
            onClick={() => (onMove(s.key, -1), refocusSoon(`${base}-up`, `${base}-down`))}
          >
            ↑
          </button>
          <button
            type="button"
            id={`${base}-down`}
            className="tool"
            aria-label={`Move down: source ${n}`}
            title="Move down"
            disabled={n === count}
            onClick={() => (onMove(s.key, 1), refocusSoon(`${base}-down`, `${base}-up`))}
          >
            ↓
          </button>
          <button type="button" className="tool" aria-expanded={editing} aria-label={`Edit source ${n}`} onClick={() => setEditing(!editing)}>
            Edit
          </button>
          <button type="button" className="tool tool-danger" aria-label={`Remove source ${n}`} onClick={() => onRemove(s.key)}>
            Remove
          </button>
        </div>
      </div>
      {refusal ? (
        <p role="alert" className="refusal">
          {refusal}
        </p>
      ) : null}
      {editing ? (
        <div className="grid-fields source-fields" role="group" aria-label={`Source ${n} details`}>
          {FIELDS.map((f) => (
            <div key={f.name} className={f.wide ? "field field-wide" : "field"}>
              <label htmlFor={`${base}-${f.name}`}>{f.label}</label>
              <input
                id={`${base}-${f.name}`}
                type={f.type}
                value={s[f.name]}
                onChange={(e) => onChange(s.key, { [f.name]: e.target.value })}
                aria-invalid={f.name === "url" && !!urlError}
                aria-describedby={f.name === "url" && urlError ? `${base}-url-err` : undefined}
              />
              {f.name === "url" ? <FieldError id={`${base}-url-err`} message={urlError} /> : null}
            </div>
          ))}
        </div>
      ) : null}
    </li>
  );
});

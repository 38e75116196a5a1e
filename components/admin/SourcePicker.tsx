"use client";

import { useId, useState, type KeyboardEvent } from "react";
import type { DraftSource } from "@/lib/admin/editor-document";
import { describeSource } from "@/lib/admin/editor-rules";

// "Cite": pick a source by its number or by outlet. Typing narrows the list; Enter takes the
// first match; Escape goes back to the text without citing.

export function SourcePicker({ sources, onPick, onClose }: { sources: DraftSource[]; onPick: (key: string) => void; onClose: () => void }) {
  const [query, setQuery] = useState("");
  const id = useId();
  const q = query.trim().toLowerCase().replace(/^\[|\]$/g, "");
  const matches = sources
    .map((s, i) => ({ s, n: i + 1 }))
    .filter(({ s, n }) => !q || String(n) === q || s.outlet.toLowerCase().includes(q) || s.title.toLowerCase().includes(q));

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onClose();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (matches[0]) onPick(matches[0].s.key);
    }
  };

  return (
    <div className="picker" role="dialog" aria-label="Cite a source" onKeyDown={onKeyDown}>
      {sources.length ? (
        <>
          <label htmlFor={`${id}-q`}>Source number or outlet</label>
          <input id={`${id}-q`} type="text" inputMode="search" autoFocus autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} />
          <ul className="picker-list">
            {matches.map(({ s, n }) => (
              <li key={s.key}>
                <button type="button" className="picker-option" onClick={() => onPick(s.key)}>
                  <span className="picker-n">[{n}]</span> {describeSource(s)}
                </button>
              </li>
            ))}
          </ul>
          {!matches.length ? <p className="admin-muted">No source matches “{query}”.</p> : null}
        </>
      ) : (
        <p className="admin-muted">Add a source first: citations point at the story’s sources.</p>
      )}
      <button type="button" className="btn btn-quiet" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}

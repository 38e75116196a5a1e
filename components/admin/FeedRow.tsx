"use client";

import { useState, type FormEvent } from "react";
import type { AdminFeed } from "@/lib/admin/list-feeds";
import { FieldError } from "./FieldError";
import { refocusSoon } from "./editor/move";

interface Props {
  feed: AdminFeed;
  index: number;
  count: number;
  canManage: boolean;
  onRename: (name: string) => Promise<Record<string, string> | null>;
  onMove: (by: -1 | 1) => void;
}

export function FeedRow({ feed: f, index, count, canManage, onRename, onMove }: Props) {
  const [name, setName] = useState(f.name);
  const [error, setError] = useState<string | undefined>();
  const base = `feed-${f.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = await onRename(name);
    setError(errors ? (errors.name ?? "Not renamed.") : undefined);
  };
  return (
    <li className="feed-row">
      <div className="feed-row-main">
        <span className="feed-pos">{index + 1}.</span>
        {canManage ? (
          <form className="inline-row" onSubmit={submit} aria-label={`Rename ${f.name}`}>
            <label htmlFor={`${base}-name`} className="sr-only">
              Name of {f.name}
            </label>
            <input id={`${base}-name`} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} aria-invalid={!!error} aria-describedby={error ? `${base}-err` : undefined} />
            <button type="submit" className="btn" disabled={name.trim() === f.name || !name.trim()}>
              Rename
            </button>
          </form>
        ) : (
          <strong>{f.name}</strong>
        )}
        <span className="admin-muted">
          /feeds/{f.slug} · {f.storyCount} {f.storyCount === 1 ? "story" : "stories"}
        </span>
      </div>
      {canManage ? (
        <div className="item-tools">
          <button type="button" id={`${base}-up`} className="tool" aria-label={`Move up: ${f.name}`} title="Move up" disabled={index === 0} onClick={() => (onMove(-1), refocusSoon(`${base}-up`, `${base}-down`))}>
            ↑
          </button>
          <button type="button" id={`${base}-down`} className="tool" aria-label={`Move down: ${f.name}`} title="Move down" disabled={index === count - 1} onClick={() => (onMove(1), refocusSoon(`${base}-down`, `${base}-up`))}>
            ↓
          </button>
        </div>
      ) : null}
      <FieldError id={`${base}-err`} message={error} />
    </li>
  );
}

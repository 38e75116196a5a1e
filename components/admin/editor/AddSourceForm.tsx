"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { newUid, type DraftSource } from "@/lib/admin/editor-document";
import { FieldError } from "../FieldError";

// New sources go to the end of the list, so existing citation numbers never shift on an add.

const sameUrl = (a: string, b: string) => a.trim().toLowerCase().replace(/\/+$/, "") === b.trim().toLowerCase().replace(/\/+$/, "");

export function AddSourceForm({ sources, onAdd }: { sources: DraftSource[]; onAdd: (s: DraftSource) => void }) {
  const id = useId();
  const urlRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? "").trim();
    const s: DraftSource = { key: newUid("new"), serverKey: null, url: get("url"), outlet: get("outlet"), title: get("title"), author: "", publishedAt: get("publishedAt") };
    if (!s.url && !s.outlet && !s.title) return setError("Enter at least the article’s URL, outlet or headline.");
    if (s.url && !/^https?:\/\/[^\s/]+\.[^\s]+/i.test(s.url)) return setError("The URL must be a web address starting with http:// or https://.");
    const dup = s.url ? sources.findIndex((o) => o.url && sameUrl(o.url, s.url)) : -1;
    if (dup >= 0) return setError(`This article is already source ${dup + 1}.`);
    setError(null);
    onAdd(s);
    e.currentTarget.reset();
    urlRef.current?.focus();
  }

  return (
    <form className="add-form" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h3 id={`${id}-h`} className="add-form-title">
        Add a source
      </h3>
      <div className="grid-fields">
        <div className="field field-wide">
          <label htmlFor={`${id}-url`}>URL</label>
          <input id={`${id}-url`} ref={urlRef} name="url" type="url" inputMode="url" placeholder="https://" maxLength={2000} aria-describedby={error ? `${id}-err` : undefined} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-outlet`}>Outlet</label>
          <input id={`${id}-outlet`} name="outlet" type="text" maxLength={200} />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-title`}>Headline</label>
          <input id={`${id}-title`} name="title" type="text" maxLength={500} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} name="publishedAt" type="date" />
        </div>
      </div>
      <div role="alert">
        <FieldError id={`${id}-err`} message={error ?? undefined} />
      </div>
      <button type="submit" className="btn">
        Add source
      </button>
    </form>
  );
}

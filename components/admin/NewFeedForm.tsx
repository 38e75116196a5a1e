"use client";

import { useState, type FormEvent } from "react";
import { FieldError } from "./FieldError";

export function NewFeedForm({ onCreate }: { onCreate: (input: { name: string; slug?: string }) => Promise<Record<string, string> | null> }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const slug = String(f.get("slug") ?? "").trim();
    setPending(true);
    const res = await onCreate({ name: String(f.get("name") ?? ""), ...(slug ? { slug } : {}) });
    setPending(false);
    setErrors(res ?? {});
    if (!res) form.reset();
  };
  return (
    <form className="admin-form panel" aria-labelledby="new-feed-h" onSubmit={submit}>
      <h2 id="new-feed-h">New feed</h2>
      <div className="grid-fields">
        <div className="field">
          <label htmlFor="feed-name">Name</label>
          <input id="feed-name" name="name" required maxLength={80} aria-invalid={!!errors.name} aria-describedby={errors.name ? "feed-name-err" : undefined} />
          <FieldError id="feed-name-err" message={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="feed-slug">Slug</label>
          <input id="feed-slug" name="slug" maxLength={60} placeholder="made from the name" aria-invalid={!!errors.slug} aria-describedby={`feed-slug-help${errors.slug ? " feed-slug-err" : ""}`} />
          <p id="feed-slug-help" className="help">
            The feed’s address, /feeds/&lt;slug&gt;. It cannot change later.
          </p>
          <FieldError id="feed-slug-err" message={errors.slug} />
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Create feed
      </button>
    </form>
  );
}

"use client";

import type { AdminFeed } from "@/lib/admin/list-feeds";
import type { Draft } from "@/lib/admin/editor-document";
import { FieldError } from "../FieldError";
import type { Edit } from "./use-draft";

// Title, address and feeds. The slug is the public URL: it may change until the first publish,
// then it is fixed (links to the story are out in the world).

interface Props {
  title: string;
  slug: string;
  feedSlugs: string[];
  published: boolean;
  feeds: Pick<AdminFeed, "id" | "slug" | "name">[];
  errors: Record<string, string>;
  edit: Edit;
}

export function StoryFields({ title, slug, feedSlugs, published, feeds, errors, edit }: Props) {
  const set = (patch: Partial<Pick<Draft, "title" | "slug">>) => edit((d) => ({ ...d, ...patch }));
  return (
    <section className="panel" aria-label="Story">
      <div className="field">
        <label htmlFor="story-title">Title</label>
        <input
          id="story-title"
          className="input-title"
          type="text"
          value={title}
          maxLength={300}
          required
          onChange={(e) => set({ title: e.target.value })}
          aria-invalid={!!errors.title}
          aria-describedby={errors.title ? "story-title-err" : undefined}
        />
        <FieldError id="story-title-err" message={errors.title} />
      </div>
      <div className="field">
        <label htmlFor="story-slug">Slug</label>
        <input
          id="story-slug"
          type="text"
          value={slug}
          maxLength={100}
          readOnly={published}
          placeholder="made from the title"
          onChange={(e) => set({ slug: e.target.value.toLowerCase() })}
          aria-invalid={!!errors.slug}
          aria-describedby={`story-slug-help${errors.slug ? " story-slug-err" : ""}`}
        />
        <p id="story-slug-help" className="help">
          {published ? "Fixed: the story has been published at /stories/" + slug + "." : "The story’s address: /stories/<slug>. Lower-case letters, digits and hyphens."}
        </p>
        <FieldError id="story-slug-err" message={errors.slug} />
      </div>
      <fieldset className="feeds-field" aria-describedby={errors.feedSlugs ? "story-feeds-err" : undefined}>
        <legend>Feeds</legend>
        {feeds.length ? null : <p className="admin-muted">No feeds yet.</p>}
        {feeds.map((f) => (
          <label key={f.id} className="check">
            <input
              type="checkbox"
              checked={feedSlugs.includes(f.slug)}
              onChange={(e) => {
                const on = e.target.checked;
                edit((d) => ({ ...d, feedSlugs: on ? [...d.feedSlugs.filter((s) => s !== f.slug), f.slug] : d.feedSlugs.filter((s) => s !== f.slug) }));
              }}
            />
            {f.name}
          </label>
        ))}
        <FieldError id="story-feeds-err" message={errors.feedSlugs} />
      </fieldset>
    </section>
  );
}

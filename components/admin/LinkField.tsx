"use client";

import type { Editor } from "@tiptap/react";
import { useId, useState, type FormEvent } from "react";
import { isSafeHref } from "@/lib/richtext/schema";

// Adds, changes or removes the link on the selected text. Without a selection the address is
// inserted as linked text. Only http, https and mailto links are accepted (the validator's rule).

export function LinkField({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const id = useId();
  const [href, setHref] = useState<string>(() => (editor.getAttributes("link").href as string | undefined) ?? "");
  const [error, setError] = useState<string | null>(null);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    let url = href.trim();
    if (url && !/^[a-z]+:/i.test(url)) url = (url.includes("@") && !url.includes("/") ? "mailto:" : "https://") + url;
    if (!isSafeHref(url)) return setError("Enter a web address (https://…) or an email address.");
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) chain.insertContent({ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }).run();
    else chain.extendMarkRange("link").setLink({ href: url }).run();
    onDone();
  };

  return (
    <div className="link-field" onKeyDown={(e) => e.key === "Escape" && onDone()}>
      <label htmlFor={`${id}-href`}>Link address</label>
      <div className="inline-row">
        <input
          id={`${id}-href`}
          type="url"
          autoFocus
          value={href}
          onChange={(e) => setHref(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && apply(e)}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-err` : undefined}
        />
        <button type="button" className="btn" onClick={apply}>
          Apply
        </button>
        {editor.isActive("link") ? (
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              editor.chain().focus().extendMarkRange("link").unsetLink().run();
              onDone();
            }}
          >
            Remove link
          </button>
        ) : null}
        <button type="button" className="btn btn-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error ? (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";
import { useEffect } from "react";

// Marks claims and timeline entries the reader has not seen before: the ids seen on the last
// visit are kept in localStorage, anything rendered now with an unknown id gets its "New" flag
// shown. First visit marks nothing. Also lets Escape hide an open citation preview (WCAG 1.4.13).
export function NewSinceLastVisit({ slug }: { slug: string }) {
  useEffect(() => {
    const key = "seen:" + slug;
    const items = Array.from(document.querySelectorAll<HTMLElement>("[data-nid]"));
    try {
      const seen = localStorage.getItem(key);
      if (seen !== null) {
        const old = new Set(seen.split(" "));
        for (const el of items) {
          const flag = el.querySelector<HTMLElement>(".new-flag");
          if (flag && !old.has(el.dataset.nid!)) flag.hidden = false;
        }
      }
      localStorage.setItem(key, items.map((el) => el.dataset.nid).join(" "));
    } catch {
      // Storage disabled (private mode, quota): the page simply shows no markers.
    }
    const esc = (e: KeyboardEvent) => {
      if (e.key === "Escape") document.documentElement.classList.add("tips-off");
    };
    const on = () => document.documentElement.classList.remove("tips-off");
    addEventListener("keydown", esc);
    addEventListener("mouseover", on);
    addEventListener("focusin", on);
    return () => {
      removeEventListener("keydown", esc);
      removeEventListener("mouseover", on);
      removeEventListener("focusin", on);
    };
  }, [slug]);
  return null;
}

import { formatDateTime } from "@/lib/public/format-date";
import type { PublicUpdate } from "@/lib/public/types";

/**
 * Corrections, dated, at the top of the story: a reader who saw the earlier version learns what
 * was wrong without digging through the update log (where they are listed too). Plain text only.
 */
export function Corrections({ updates }: { updates: PublicUpdate[] }) {
  const corrections = updates.filter((u) => u.kind === "CORRECTION" && u.note);
  if (!corrections.length) return null;
  return (
    <aside className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{corrections.length === 1 ? "Correction" : "Corrections"}</h2>
      <ul>
        {corrections.map((c) => (
          <li key={c.id}>
            <time dateTime={c.at}>{formatDateTime(c.at)}</time>: {c.note}
          </li>
        ))}
      </ul>
    </aside>
  );
}

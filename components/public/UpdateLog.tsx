import { articlesLabel, formatDateTime } from "@/lib/public/format-date";
import type { PublicUpdate } from "@/lib/public/types";

// "What changed": the public update log, newest first. Corrections are labelled as such and carry
// the editor's note, because a reader who saw the earlier version deserves to know what was wrong.

const KIND_LABEL: Record<PublicUpdate["kind"], string> = {
  PUBLISHED: "Published",
  UPDATED: "Updated",
  CORRECTION: "Correction",
};

const VISIBLE = 5;

export function UpdateLog({ updates }: { updates: PublicUpdate[] }) {
  if (!updates.length) return null;
  const recent = updates.slice(0, VISIBLE);
  const older = updates.slice(VISIBLE);
  return (
    <section className="update-log" aria-labelledby="what-changed">
      <h2 id="what-changed">What changed</h2>
      <ol className="update-list">{recent.map((u) => <UpdateItem key={u.id} u={u} />)}</ol>
      {older.length ? (
        <details className="update-older">
          <summary>
            {older.length} earlier {older.length === 1 ? "update" : "updates"}
          </summary>
          <ol className="update-list">{older.map((u) => <UpdateItem key={u.id} u={u} />)}</ol>
        </details>
      ) : null}
    </section>
  );
}

function UpdateItem({ u }: { u: PublicUpdate }) {
  const details: string[] = [];
  // A first publish "adds" everything; saying so would be noise. State what it was based on.
  if (u.kind === "PUBLISHED") details.push(`Based on ${articlesLabel(u.articleCount)}`);
  else if (u.articlesAdded > 0) details.push(`${articlesLabel(u.articlesAdded)} added (${u.articleCount} in total)`);
  if (u.kind !== "PUBLISHED" && u.sectionsAdded.length) details.push(`New: ${u.sectionsAdded.join("; ")}`);
  if (u.sectionsChanged.length) details.push(`Changed: ${u.sectionsChanged.join("; ")}`);
  return (
    <li className={u.kind === "CORRECTION" ? "update correction" : "update"}>
      <span className="update-kind">{KIND_LABEL[u.kind] ?? "Updated"}</span>{" "}
      <time className="meta" dateTime={u.at}>
        {formatDateTime(u.at)}
      </time>
      {details.length ? (
        <ul className="update-details">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      {u.note ? <p className="update-note">{u.note}</p> : null}
    </li>
  );
}

import type { DocumentDiff, ItemChange } from "@/lib/revisions/diff-documents";
import { DiffText } from "./DiffText";

const CHANGE_LABEL = { added: "Added", removed: "Removed", changed: "Edited" } as const;

function Items({ title, items }: { title: string; items: ItemChange[] }) {
  if (!items.length) return null;
  return (
    <section className="diff-section" aria-label={title}>
      <h3>{title}</h3>
      <ol className="diff-items">
        {items.map((c, i) => (
          <li key={i} className={`diff-item diff-${c.change}`}>
            <p className="diff-item-head">
              <span className={`diff-badge diff-badge-${c.change}`}>{CHANGE_LABEL[c.change]}</span> {c.label}:{" "}
              <strong>
                <DiffText parts={c.heading} />
              </strong>
            </p>
            <p className="diff-body">
              <DiffText parts={c.text} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The readable difference between two versions of a story. */
export function RevisionDiff({ diff, from, to }: { diff: DocumentDiff; from: number; to: number }) {
  if (diff.unchanged) return <p className="empty-state">Versions {from} and {to} have the same content.</p>;
  const { sources } = diff;
  const anySources = sources.added.length || sources.removed.length || sources.changed.length || sources.reordered;
  return (
    <div className="revision-diff">
      {diff.title ? (
        <section className="diff-section" aria-label="Title">
          <h3>Title</h3>
          <p className="diff-body">
            <DiffText parts={diff.title} />
          </p>
        </section>
      ) : null}
      {diff.slug || diff.feeds.added.length || diff.feeds.removed.length ? (
        <section className="diff-section" aria-label="Address and feeds">
          <h3>Address and feeds</h3>
          <ul className="diff-list">
            {diff.slug ? (
              <li>
                Address: <del>{diff.slug.from ?? "(automatic)"}</del> → <ins>{diff.slug.to ?? "(automatic)"}</ins>
              </li>
            ) : null}
            {diff.feeds.added.map((f) => (
              <li key={`+${f}`}>
                <span className="diff-badge diff-badge-added">Added</span> to feed {f}
              </li>
            ))}
            {diff.feeds.removed.map((f) => (
              <li key={`-${f}`}>
                <span className="diff-badge diff-badge-removed">Removed</span> from feed {f}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {anySources ? (
        <section className="diff-section" aria-label="Sources">
          <h3>Sources</h3>
          <ul className="diff-list">
            {sources.added.map((s) => (
              <li key={`+${s.key}`}>
                <span className="diff-badge diff-badge-added">Added</span> {s.label}
                {s.url ? <span className="diff-url"> · {s.url}</span> : null}
              </li>
            ))}
            {sources.removed.map((s) => (
              <li key={`-${s.key}`}>
                <span className="diff-badge diff-badge-removed">Removed</span> {s.label}
                {s.url ? <span className="diff-url"> · {s.url}</span> : null}
              </li>
            ))}
            {sources.changed.map((s) => (
              <li key={`~${s.to.key}`}>
                <span className="diff-badge diff-badge-changed">Edited</span> <del>{s.from.label}</del> → <ins>{s.to.label}</ins>
              </li>
            ))}
            {sources.reordered ? <li>Sources were reordered, so citation numbers changed.</li> : null}
          </ul>
        </section>
      ) : null}
      <Items title="Claims" items={diff.claims} />
      <Items title="Timeline" items={diff.timeline} />
    </div>
  );
}

import type { TextPart } from "@/lib/revisions/diff-documents";

/** Word-level changes: removed words struck through, added words underlined, both named for screen readers. */
export function DiffText({ parts }: { parts: TextPart[] }) {
  return (
    <span className="diff-text">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>
            <span className="sr-only">[added] </span>
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i}>
            <span className="sr-only">[removed] </span>
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </span>
  );
}

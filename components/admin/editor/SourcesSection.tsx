"use client";

import { useCallback, useState } from "react";
import type { Draft, DraftSource } from "@/lib/admin/editor-document";
import { citingItems } from "@/lib/admin/editor-rules";
import { AddSourceForm } from "./AddSourceForm";
import { SourceItem } from "./SourceItem";
import type { Edit } from "./use-draft";
import { moveBy } from "./move";

interface Props {
  sources: DraftSource[];
  errors: Record<string, string>;
  edit: Edit;
  editWithUndo: (fn: (d: Draft) => Draft, message: string, restore: (d: Draft) => Draft) => void;
  /** Reads the latest draft (who cites what) at click time. */
  getDraft: () => Draft;
  announce: (text: string) => void;
}

// Position is the citation number: moving a source renumbers its citations everywhere. A source
// that is still cited cannot be removed (the server refuses too); the message names the citers.

export function SourcesSection({ sources, errors, edit, editWithUndo, getDraft, announce }: Props) {
  const [refusal, setRefusal] = useState<{ key: string; text: string } | null>(null);

  const onChange = useCallback(
    (key: string, patch: Partial<DraftSource>) => edit((d) => ({ ...d, sources: d.sources.map((s) => (s.key === key ? { ...s, ...patch } : s)) })),
    [edit],
  );
  const onMove = useCallback(
    (key: string, by: -1 | 1) => {
      setRefusal(null);
      edit((d) => ({ ...d, sources: moveBy(d.sources, (s) => s.key === key, by) }));
      const i = getDraft().sources.findIndex((s) => s.key === key);
      announce(`Source moved to position ${i + 1}; citations renumbered.`);
    },
    [edit, getDraft, announce],
  );
  const onRemove = useCallback(
    (key: string) => {
      const d = getDraft();
      const i = d.sources.findIndex((s) => s.key === key);
      const citers = citingItems(d, key);
      if (citers.length) {
        setRefusal({ key, text: `Source ${i + 1} cannot be removed: it is cited in ${citers.join(", ")}. Remove those citations first.` });
        return;
      }
      setRefusal(null);
      const removed = d.sources[i];
      editWithUndo(
        (x) => ({ ...x, sources: x.sources.filter((s) => s.key !== key) }),
        `Source ${i + 1} removed.`,
        (x) => ({ ...x, sources: [...x.sources.slice(0, i), removed, ...x.sources.slice(i)] }),
      );
    },
    [getDraft, editWithUndo],
  );
  const onAdd = useCallback(
    (s: DraftSource) => {
      edit((d) => ({ ...d, sources: [...d.sources, s] }));
      announce(`Source ${getDraft().sources.length} added.`);
    },
    [edit, getDraft, announce],
  );

  return (
    <section className="panel" aria-labelledby="sources-h">
      <h2 id="sources-h">Sources</h2>
      {sources.length ? (
        <ol className="source-items">
          {sources.map((s, i) => (
            <SourceItem
              key={s.key}
              source={s}
              n={i + 1}
              count={sources.length}
              errors={errors}
              refusal={refusal?.key === s.key ? refusal.text : null}
              onChange={onChange}
              onMove={onMove}
              onRemove={onRemove}
            />
          ))}
        </ol>
      ) : (
        <p className="admin-muted">No sources yet. Every claim must cite at least one.</p>
      )}
      <AddSourceForm sources={sources} onAdd={onAdd} />
    </section>
  );
}

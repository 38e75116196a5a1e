"use client";

import { useCallback } from "react";
import { emptyBody, newUid, sortTimeline, type Draft, type DraftEntry, type DraftSource } from "@/lib/admin/editor-document";
import { entryLabel } from "@/lib/admin/editor-rules";
import type { CitationNumbering } from "@/lib/richtext/extensions";
import { TimelineEntryEditor } from "../TimelineEntryEditor";
import type { Edit } from "./use-draft";

interface Props {
  timeline: DraftEntry[];
  sources: DraftSource[];
  generation: number;
  errors: Record<string, string>;
  numbering: CitationNumbering;
  edit: Edit;
  editWithUndo: (fn: (d: Draft) => Draft, message: string, restore: (d: Draft) => Draft) => void;
  getDraft: () => Draft;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const sorted = (d: Draft): Draft => {
  const timeline = sortTimeline(d.timeline);
  return timeline.every((t, i) => t === d.timeline[i]) ? d : { ...d, timeline };
};

export function TimelineSection({ timeline, sources, generation, errors, numbering, edit, editWithUndo, getDraft }: Props) {
  const onChange = useCallback(
    (uid: string, patch: Partial<DraftEntry>) => edit((d) => ({ ...d, timeline: d.timeline.map((t) => (t.uid === uid ? { ...t, ...patch } : t)) })),
    [edit],
  );
  const onDateCommitted = useCallback(() => edit(sorted), [edit]);
  const onDelete = useCallback(
    (uid: string) => {
      const d = getDraft();
      const i = d.timeline.findIndex((t) => t.uid === uid);
      const removed = d.timeline[i];
      editWithUndo(
        (x) => ({ ...x, timeline: x.timeline.filter((t) => t.uid !== uid) }),
        `${entryLabel(i, removed.date)} deleted.`,
        (x) => sorted({ ...x, timeline: [...x.timeline.slice(0, i), removed, ...x.timeline.slice(i)] }),
      );
    },
    [getDraft, editWithUndo],
  );
  const onAdd = () => {
    const uid = newUid("entry");
    edit((d) => sorted({ ...d, timeline: [...d.timeline, { uid, date: today(), precision: "DAY", body: emptyBody() }] }));
    requestAnimationFrame(() => document.getElementById(`entry-${uid}-date`)?.focus());
  };

  return (
    <section className="panel" aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline</h2>
      {timeline.length === 0 ? <p className="admin-muted">No timeline entries yet.</p> : null}
      {timeline.map((t, i) => (
        <TimelineEntryEditor
          key={t.uid}
          entry={t}
          index={i}
          generation={generation}
          errors={errors}
          numbering={numbering}
          sources={sources}
          onChange={onChange}
          onDateCommitted={onDateCommitted}
          onDelete={onDelete}
        />
      ))}
      <button type="button" className="btn" onClick={onAdd}>
        Add timeline entry
      </button>
    </section>
  );
}

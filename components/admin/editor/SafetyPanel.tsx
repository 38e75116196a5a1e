"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { EditorStory } from "@/lib/admin/editor-story";
import { CORRECTION_MAX } from "@/lib/stories/safety-schema";
import { clearScheduleAction, correctStoryAction, deleteStoryAction, scheduleStoryAction } from "@/app/(admin)/admin/stories/safety-actions";
import type { Meta, Notice } from "./use-story-sync";
import "@/components/admin/history/history.css";

// Below the editor: history, scheduled publishing, corrections and deletion. Each saves unsaved
// work first where it publishes (schedule, correction), so what goes out is what is on screen.

export interface SafetyPermissions {
  schedule: boolean;
  correct: boolean;
  delete: boolean;
}

interface Props {
  meta: Meta;
  busy: boolean;
  dirty: boolean;
  permissions: SafetyPermissions;
  save: () => Promise<EditorStory | null>;
  onStory: (s: EditorStory) => void;
  notify: (n: Notice) => void;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** A Date as the value of <input type="datetime-local"> in the browser's time zone. */
const toLocalInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const fmt = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

export function SafetyPanel({ meta, busy, dirty, permissions, save, onStory, notify }: Props) {
  const router = useRouter();
  const [when, setWhen] = useState("");
  const [note, setNote] = useState("");
  const [working, setWorking] = useState<null | "schedule" | "correct" | "delete">(null);
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  if (!meta.id) return null;
  const storyId = meta.id;
  const disabled = busy || !!working;

  const run = async (kind: NonNullable<typeof working>, fn: () => Promise<boolean>) => {
    setWorking(kind);
    setError(null);
    try {
      await fn();
    } catch {
      setError({ field: kind, text: "Could not reach the server. Nothing was lost: try again." });
    } finally {
      setWorking(null);
    }
  };
  /** Unsaved edits go first; a failed save (conflict, invalid) stops here with its own message. */
  const savedVersion = async () => (dirty ? ((await save())?.version ?? null) : meta.version);

  const schedule = () =>
    run("schedule", async () => {
      if (!when) return setError({ field: "schedule", text: "Choose a date and time." }), false;
      const at = new Date(when);
      if (!(at.getTime() > Date.now())) return setError({ field: "schedule", text: "Choose a time in the future." }), false;
      if (!(await savedVersion())) return false;
      const res = await scheduleStoryAction({ storyId, at: at.toISOString() });
      if (!res.ok) return setError({ field: "schedule", text: res.error }), false;
      onStory(res.data);
      setWhen("");
      notify({ kind: "ok", text: `Scheduled: publishes ${fmt(res.data.scheduledAt!)}.` });
      return true;
    });
  const unschedule = () =>
    run("schedule", async () => {
      const res = await clearScheduleAction({ storyId });
      if (!res.ok) return setError({ field: "schedule", text: res.error }), false;
      onStory(res.data);
      notify({ kind: "ok", text: "Schedule cleared: the story will not publish by itself." });
      return true;
    });
  const correct = () =>
    run("correct", async () => {
      const baseVersion = await savedVersion();
      if (!baseVersion) return false;
      const res = await correctStoryAction({ storyId, baseVersion, note });
      if (!res.ok) return setError({ field: "correct", text: res.error }), false;
      onStory(res.data);
      setNote("");
      notify({ kind: "ok", text: "Correction published: readers see it dated on the story and in its update log.", link: { href: `/stories/${res.data.slug}`, label: "View the public page" } });
      return true;
    });
  const remove = () =>
    run("delete", async () => {
      if (!window.confirm("Move this story to the trash? It leaves the public site now; an editor can restore it for 30 days.")) return false;
      const res = await deleteStoryAction({ storyId, baseVersion: meta.version });
      if (!res.ok) return setError({ field: "delete", text: res.error }), false;
      router.push("/admin/trash");
      return true;
    });

  const errorFor = (field: string) =>
    error?.field === field ? (
      <p role="alert" className="field-error">
        {error.text}
      </p>
    ) : null;

  return (
    <section className="panel safety-panel" aria-labelledby="safety-heading">
      <h2 id="safety-heading">History, schedule and corrections</h2>
      <p>
        <Link href={`/admin/stories/${storyId}/history`}>See every version, compare and restore</Link>
      </p>

      {permissions.schedule && meta.status !== "PUBLISHED" ? (
        <div className="safety-block">
          <h3>Scheduled publishing</h3>
          {meta.scheduledAt ? (
            <div className="safety-row">
              <p className="schedule-state" role="status">
                Publishes automatically <strong>{fmt(meta.scheduledAt)}</strong>.
              </p>
              <button type="button" className="btn btn-small" disabled={disabled} onClick={() => void unschedule()}>
                Clear schedule
              </button>
            </div>
          ) : null}
          <div className="safety-row">
            <div className="field">
              <label htmlFor="schedule-at">{meta.scheduledAt ? "Change the time" : "Publish at"}</label>
              <input id="schedule-at" type="datetime-local" value={when} min={toLocalInput(new Date())} onChange={(e) => setWhen(e.target.value)} />
            </div>
            <button type="button" className="btn" disabled={disabled} onClick={() => void schedule()}>
              {working === "schedule" ? "Scheduling…" : "Schedule"}
            </button>
          </div>
          {errorFor("schedule")}
        </div>
      ) : null}

      {permissions.correct && meta.status === "PUBLISHED" ? (
        <div className="safety-block">
          <h3>Correction</h3>
          <p className="help">Fix the text above, then say what was wrong. Publishing the correction shows your note, dated, on the public story and in its update log.</p>
          <div className="field field-wide">
            <label htmlFor="correction-note">Correction note</label>
            <textarea id="correction-note" value={note} maxLength={CORRECTION_MAX} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="safety-row">
            <button type="button" className="btn btn-publish" disabled={disabled || note.trim().length < 10} onClick={() => void correct()}>
              {working === "correct" ? "Publishing…" : "Publish correction"}
            </button>
          </div>
          {errorFor("correct")}
        </div>
      ) : null}

      {permissions.delete ? (
        <div className="danger-zone">
          <button type="button" className="btn btn-small btn-danger" disabled={disabled} onClick={() => void remove()}>
            {working === "delete" ? "Deleting…" : "Move to trash"}
          </button>
          {errorFor("delete")}
        </div>
      ) : null}
    </section>
  );
}

"use client";

import { useEffect, useMemo, useState } from "react";
import type { EditorStory } from "@/lib/admin/editor-story";
import { livePublishProblems } from "@/lib/admin/editor-rules";
import type { AdminFeed } from "@/lib/admin/list-feeds";
import { ConflictBanner } from "../ConflictBanner";
import { PublishProblems } from "../PublishProblems";
import { SafetyPanel, type SafetyPermissions } from "./SafetyPanel";
import { useAutosave } from "./use-autosave";
import { useConflictChanges } from "./use-conflict-changes";
import { ClaimsSection } from "./ClaimsSection";
import { EditorBar } from "./EditorBar";
import { Notices } from "./Notices";
import { SourcesSection } from "./SourcesSection";
import { StoryFields } from "./StoryFields";
import { TimelineSection } from "./TimelineSection";
import { useDraft } from "./use-draft";
import { useLeaveWarning } from "./use-leave-warning";
import { useStorySync } from "./use-story-sync";
import "./editor.css";

// The whole story on one screen. Source order in the page: fields, publish problems and sources
// (a sticky side column on wide screens, so sources stay in view while citing), claims, timeline.
// State lives in useDraft (what is typed) and useStorySync (what the server said).

interface Props {
  initial: EditorStory | null;
  feeds: Pick<AdminFeed, "id" | "slug" | "name">[];
  canPublish: boolean;
  /** Scheduling, corrections, deletion (defaults to canPublish: the same roles today). */
  permissions?: SafetyPermissions;
}

export function StoryEditor({ initial, feeds, canPublish, permissions }: Props) {
  const d = useDraft(initial);
  const sync = useStorySync(initial, d);
  const { draft, edit, editWithUndo, numbering, generation, getDraft } = d;
  const [announcement, setAnnouncement] = useState("");
  const problems = useMemo(() => livePublishProblems(draft), [draft]);
  useLeaveWarning(d.dirty);
  const autosave = useAutosave(d, sync);
  const conflictChanges = useConflictChanges(sync.meta.id, sync.meta.version, sync.conflict);

  const { save } = sync;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  const preview = async () => {
    const story = !sync.meta.id || d.isDirty() ? await sync.save() : sync.meta;
    if (story?.id) window.open(`/admin/stories/${story.id}/preview`, "_blank", "noopener");
  };

  return (
    <div className="story-editor">
      <div className="editor-top">
        <h1>{sync.meta.id ? "Edit story" : "New story"}</h1>
        <EditorBar
          meta={sync.meta}
          dirty={d.dirty}
          busy={sync.busy}
          canPublish={canPublish}
          onSave={() => void sync.save()}
          onPublish={() => void sync.publish()}
          onUnpublish={() => void sync.unpublish()}
          onPreview={() => void preview()}
        />
      </div>
      {sync.meta.id ? (
        <p className="autosave-state admin-muted">
          {autosave.kind === "saved"
            ? `Autosaved at ${autosave.at.toLocaleTimeString(undefined, { timeStyle: "short" })}.`
            : autosave.kind === "paused"
              ? `Autosave paused: ${autosave.why}.`
              : "Autosave is on: changes save themselves 10 seconds after you stop typing."}
        </p>
      ) : null}
      {sync.conflict ? (
        <ConflictBanner conflict={sync.conflict} changes={conflictChanges} busy={!!sync.busy} onReload={() => void sync.reload()} onReapply={() => void sync.reapply()} />
      ) : null}
      <Notices notice={sync.notice} undo={d.undo} onUndo={d.undoLast} onDismissUndo={d.clearUndo} announcement={announcement} />
      <div className="editor-grid">
        <div className="editor-fields">
          <StoryFields
            title={draft.title}
            slug={draft.slug}
            feedSlugs={draft.feedSlugs}
            published={!!sync.meta.publishedAt}
            feeds={feeds}
            errors={sync.fieldErrors}
            edit={edit}
          />
        </div>
        <div className="editor-side">
          <PublishProblems problems={problems} serverProblems={sync.serverProblems} />
          <SourcesSection sources={draft.sources} errors={sync.fieldErrors} edit={edit} editWithUndo={editWithUndo} getDraft={getDraft} announce={setAnnouncement} />
        </div>
        <div className="editor-main">
          <ClaimsSection
            claims={draft.claims}
            sources={draft.sources}
            generation={generation}
            errors={sync.fieldErrors}
            numbering={numbering}
            edit={edit}
            editWithUndo={editWithUndo}
            getDraft={getDraft}
          />
          <TimelineSection
            timeline={draft.timeline}
            sources={draft.sources}
            generation={generation}
            errors={sync.fieldErrors}
            numbering={numbering}
            edit={edit}
            editWithUndo={editWithUndo}
            getDraft={getDraft}
          />
        </div>
      </div>
      <SafetyPanel
        meta={sync.meta}
        busy={!!sync.busy}
        dirty={d.dirty}
        permissions={permissions ?? { schedule: canPublish, correct: canPublish, delete: canPublish }}
        save={sync.save}
        onStory={sync.updateMeta}
        notify={sync.setNotice}
      />
    </div>
  );
}

"use server";

import { after } from "next/server";
import { runAction } from "@/lib/actions/run-action";
import { getEditorStory, toEditorStory } from "@/lib/admin/editor-story";
import { revalidateTags } from "@/lib/cache/revalidate";
import { compareRevisions, revisionDocument } from "@/lib/revisions/list-revisions";
import { summarizeDiff } from "@/lib/revisions/diff-documents";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { conflictChangesInput, restoreRevisionInput, revisionRef } from "@/lib/revisions/schema";
import { clearSchedule } from "@/lib/stories/clear-schedule";
import { correctStory } from "@/lib/stories/correct-story";
import { deleteStory, purgeStory, restoreStory } from "@/lib/stories/delete-story";
import { correctStoryInput, deleteStoryInput, scheduleStoryInput, storyRefInput } from "@/lib/stories/safety-schema";
import { scheduleStory } from "@/lib/stories/schedule-story";

// Server actions for history, corrections, trash and scheduling. Each goes through runAction
// (signed in, permitted, zod-validated) and the lib function checks the permission again. Public
// cache tags are expired after the response, as publishing does (see ./actions.ts).

export async function restoreRevisionAction(input: unknown) {
  return runAction("story.edit", restoreRevisionInput, input, async (actor, data) => toEditorStory(await restoreRevision(actor, data)));
}

/** "Who changed what since": a short list of what the newer version changed. */
export async function conflictChangesAction(input: unknown) {
  return runAction("story.read", conflictChangesInput, input, async (actor, { storyId, fromVersion, toVersion }) =>
    summarizeDiff(await compareRevisions(actor, storyId, fromVersion, toVersion)),
  );
}

export async function correctStoryAction(input: unknown) {
  return runAction("story.correct", correctStoryInput, input, async (actor, data) => {
    const result = await correctStory(actor, data);
    after(() => revalidateTags(result.tags));
    return getEditorStory(actor, data.storyId);
  });
}

export async function deleteStoryAction(input: unknown) {
  return runAction("story.delete", deleteStoryInput, input, async (actor, data) => {
    const result = await deleteStory(actor, data);
    after(() => revalidateTags(result.tags));
    return { version: result.version };
  });
}

export async function restoreStoryAction(input: unknown) {
  return runAction("story.restore", storyRefInput, input, (actor, data) => restoreStory(actor, data));
}

export async function purgeStoryAction(input: unknown) {
  return runAction("story.purge", storyRefInput, input, async (actor, data) => {
    await purgeStory(actor, data);
    return { purged: true };
  });
}

export async function scheduleStoryAction(input: unknown) {
  return runAction("story.schedule", scheduleStoryInput, input, async (actor, { storyId, at }) => {
    await scheduleStory(actor, storyId, at);
    return getEditorStory(actor, storyId);
  });
}

export async function clearScheduleAction(input: unknown) {
  return runAction("story.schedule", storyRefInput, input, async (actor, { storyId }) => {
    await clearSchedule(actor, storyId);
    return getEditorStory(actor, storyId);
  });
}


/** A stored version's document: the base of "Reapply my changes" (a three-way merge). */
export async function revisionDocumentAction(input: unknown) {
  return runAction("story.read", revisionRef, input, (actor, { storyId, version }) => revisionDocument(actor, storyId, version));
}

"use server";

import { after } from "next/server";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getEditorStory, toEditorStory } from "@/lib/admin/editor-story";
import { revalidateTags } from "@/lib/cache/revalidate";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { saveStoryInput } from "@/lib/stories/schema";
import { unpublishStory } from "@/lib/stories/unpublish-story";

// The editor's server actions: thin wrappers, each checked by runAction (signed in, permitted,
// validated) whatever the page showed. Publishing expires this instance's public cache right
// after the response (`after`): expiring it inside the action would make Next re-render the
// editor page into the response and reset the editor under the writer's hands. Other instances
// hear of it through the NOTIFY the lib function sends.

const storyRef = z.object({ storyId: z.string().min(1).max(64) });
const publishRef = storyRef.extend({ baseVersion: z.number().int().min(1) });

export async function saveStoryAction(input: unknown) {
  const isUpdate = typeof input === "object" && input !== null && !!(input as { storyId?: unknown }).storyId;
  return runAction(isUpdate ? "story.edit" : "story.create", saveStoryInput, input, async (actor, data) => toEditorStory(await saveStory(actor, data)));
}

/** The latest stored version: "Reload" and "Reapply my changes" after a conflict. */
export async function loadStoryAction(input: unknown) {
  return runAction("story.read", storyRef, input, (actor, { storyId }) => getEditorStory(actor, storyId));
}

export async function publishStoryAction(input: unknown) {
  return runAction("story.publish", publishRef, input, async (actor, { storyId, baseVersion }) => {
    const result = await publishStory(actor, storyId, { baseVersion });
    after(() => revalidateTags(result.tags));
    return { ...(await getEditorStory(actor, storyId)), changed: result.changed };
  });
}

export async function unpublishStoryAction(input: unknown) {
  return runAction("story.unpublish", storyRef, input, async (actor, { storyId }) => {
    const result = await unpublishStory(actor, storyId);
    after(() => revalidateTags(result.tags));
    return getEditorStory(actor, storyId);
  });
}

import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { loadStory, type LoadedStory } from "@/lib/stories/load-story";
import type { StoryDocument } from "@/lib/stories/schema";

/** What the editor needs: plain JSON (no Dates), so it crosses the server-action boundary as is. */
export interface EditorStory {
  id: string;
  slug: string;
  status: LoadedStory["status"];
  version: number;
  publishedAt: string | null;
  /** A future publish time set by an editor (ISO), or null. */
  scheduledAt: string | null;
  updatedAt: string;
  document: StoryDocument;
}

export function toEditorStory(s: LoadedStory): EditorStory {
  return {
    id: s.id,
    slug: s.slug,
    status: s.status,
    version: s.version,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    scheduledAt: s.scheduledAt?.toISOString() ?? null,
    updatedAt: s.updatedAt.toISOString(),
    document: s.document,
  };
}

/** The working copy for the editor; a deleted story is "not found" like a missing one. */
export async function getEditorStory(actor: Actor, storyId: string): Promise<EditorStory> {
  assertCan(actor.role, "story.read");
  const story = await loadStory(prisma(), storyId);
  if (story.deletedAt) throw new NotFoundError("This story was deleted.");
  return toEditorStory(story);
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryEditor } from "@/components/admin/editor/StoryEditor";
import { getEditorStory } from "@/lib/admin/editor-story";
import { listFeeds } from "@/lib/admin/list-feeds";
import { requirePageActor } from "@/lib/admin/page-actor";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Edit story" };

type Props = { params: Promise<{ id: string }> };

export default async function EditStoryPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/stories/${encodeURIComponent(id)}`);
  const [story, feeds] = await Promise.all([
    getEditorStory(actor, id).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    }),
    listFeeds(actor),
  ]);
  // No key on purpose: if this page is re-rendered under an open editor, the writer's state stays.
  return (
    <StoryEditor
      initial={story} feeds={feeds.map(({ id: fid, slug, name }) => ({ id: fid, slug, name }))} canPublish={can(actor.role, "story.publish")}
      permissions={{ schedule: can(actor.role, "story.schedule"), correct: can(actor.role, "story.correct"), delete: can(actor.role, "story.delete") }}
    />
  );
}

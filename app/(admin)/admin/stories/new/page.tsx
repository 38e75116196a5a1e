import type { Metadata } from "next";
import { StoryEditor } from "@/components/admin/editor/StoryEditor";
import { listFeeds } from "@/lib/admin/list-feeds";
import { requirePageActor } from "@/lib/admin/page-actor";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  const actor = await requirePageActor("/admin/stories/new");
  const feeds = await listFeeds(actor);
  return <StoryEditor initial={null} feeds={feeds.map(({ id, slug, name }) => ({ id, slug, name }))} canPublish={can(actor.role, "story.publish")} />;
}

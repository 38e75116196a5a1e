import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";

export interface AdminFeed {
  id: string;
  slug: string;
  name: string;
  position: number;
  storyCount: number;
}

/** Feeds in reader order. Every role needs them (the editor's feed checkboxes). */
export async function listFeeds(actor: Actor): Promise<AdminFeed[]> {
  assertCan(actor.role, "story.read");
  const feeds = await prisma().feed.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, slug: true, name: true, position: true, _count: { select: { stories: true } } },
  });
  return feeds.map((f) => ({ id: f.id, slug: f.slug, name: f.name, position: f.position, storyCount: f._count.stories }));
}

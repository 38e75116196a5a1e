import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { buildPublicView } from "@/lib/stories/build-public-view";
import { publishProblems } from "@/lib/stories/check-publishable";
import { loadStory } from "@/lib/stories/load-story";
import type { PublicStoryView } from "@/lib/stories/public-view";

export interface StoryPreview {
  view: PublicStoryView;
  status: string;
  version: number;
  /** What the header's "updated" time would say: the last public update, else now. */
  lastUpdatedAt: string;
  problems: string[];
}

/** The working copy rendered through the same builder publishing uses, so preview = published. */
export async function previewStory(actor: Actor, storyId: string): Promise<StoryPreview> {
  assertCan(actor.role, "story.read");
  const db = prisma();
  const story = await loadStory(db, storyId);
  if (story.deletedAt) throw new NotFoundError("This story was deleted.");
  const feeds = await db.feed.findMany({ where: { slug: { in: story.document.feedSlugs } }, orderBy: { position: "asc" }, select: { slug: true, name: true } });
  return {
    view: buildPublicView(story, feeds),
    status: story.status,
    version: story.version,
    lastUpdatedAt: (story.lastUpdatedAt ?? new Date()).toISOString(),
    problems: publishProblems(story),
  };
}

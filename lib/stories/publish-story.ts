import { stableJson } from "@/lib/util/stable-json";
import { prisma, type Tx } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { notifyTags } from "@/lib/cache/notify";
import { tagsForStory } from "@/lib/cache/tags";
import { NotFoundError, PublishBlockedError } from "@/lib/errors";
import { conflictWithLatest } from "@/lib/revisions/conflict";
import { writeRevision } from "@/lib/revisions/write-revision";
import { buildPublicView, searchTextOf } from "./build-public-view";
import { publishProblems } from "./check-publishable";
import { diffPublicView } from "./diff-public-view";
import { loadStory } from "./load-story";
import type { PublicStoryView } from "./public-view";

export interface PublishOptions {
  /** The version the editor is looking at; a newer one is a conflict. */
  baseVersion?: number;
  /** Imported seeds may carry placeholder sources ("N articles" with none listed). */
  allowIncompleteSources?: boolean;
  tx?: Tx;
  now?: Date;
  auditAction?: string;
}

export interface PublishResult {
  version: number;
  changed: boolean;
  slug: string;
  /** Cache tags to revalidate in this process right away (others hear it via NOTIFY). */
  tags: string[];
}

/**
 * Freezes the working copy into what readers see: PublicStory (render-ready view + search
 * vector), its feed rows, a PUBLISH revision and — when readers will see a difference — an
 * update-log entry that moves the story to the top of its feeds. One transaction.
 */
export async function publishStory(actor: Actor, storyId: string, opts: PublishOptions = {}): Promise<PublishResult> {
  assertCan(actor.role, "story.publish");
  const run = async (tx: Tx): Promise<PublishResult> => {
    // Row lock: two publishes of one story serialise instead of racing on the update log.
    const locked = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM "Story" WHERE id = ${storyId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!locked.length) throw new NotFoundError("This story does not exist (or was deleted).");
    if (opts.baseVersion !== undefined && locked[0].version !== opts.baseVersion) {
      throw await conflictWithLatest(tx, storyId, locked[0].version);
    }
    const story = await loadStory(tx, storyId);
    const problems = publishProblems(story, opts);
    if (problems.length) throw new PublishBlockedError(problems);

    const now = opts.now ?? new Date();
    const feeds = await tx.feed.findMany({ where: { slug: { in: story.document.feedSlugs } }, orderBy: { position: "asc" } });
    const view = buildPublicView(story, feeds.map((f) => ({ slug: f.slug, name: f.name })));
    const existing = await tx.publicStory.findUnique({ where: { storyId } });
    const before = existing ? (existing.content as unknown as PublicStoryView) : null;
    const wasPublic = story.status === "PUBLISHED" && !!existing;
    const change = diffPublicView(wasPublic ? before : null, view);
    const feedsChanged = !existing || stableJson(before?.feeds) !== stableJson(view.feeds);
    const version = story.version + 1;

    if (wasPublic && !change.changed && !feedsChanged) {
      // Nothing readers would notice: no update-log entry, no move to the top.
      await tx.story.update({ where: { id: storyId }, data: { version, status: "PUBLISHED", scheduledAt: null } });
      await writeRevision(tx, { storyId, version, kind: "PUBLISH", snapshot: story.document, authorId: actor.id || null });
      await recordAudit(tx, actor, opts.auditAction ?? "story.publish", { type: "story", id: storyId }, { version, changed: false });
      return { version, changed: false, slug: story.slug, tags: [] };
    }

    const lastUpdatedAt = change.changed || !existing ? now : existing.lastUpdatedAt;
    const publishedAt = story.publishedAt ?? now;
    await tx.story.update({ where: { id: storyId }, data: { version, status: "PUBLISHED", publishedAt, lastUpdatedAt, scheduledAt: null } });
    const revision = await writeRevision(tx, { storyId, version, kind: "PUBLISH", snapshot: story.document, authorId: actor.id || null });
    const row = {
      slug: story.slug,
      title: view.title,
      firstHeadline: view.claims[0]?.headline ?? null,
      articleCount: view.articleCount,
      publishedAt,
      lastUpdatedAt,
      revisionId: revision.id,
      content: view as object,
      searchText: searchTextOf(view),
    };
    await tx.publicStory.upsert({ where: { storyId }, create: { storyId, ...row }, update: row });
    await tx.$executeRaw`UPDATE "PublicStory" SET "searchVector" = setweight(to_tsvector('english', ${view.title}), 'A') || to_tsvector('english', ${row.searchText}) WHERE "storyId" = ${storyId}`;
    await tx.publicStoryFeed.deleteMany({ where: { storyId } });
    if (feeds.length) await tx.publicStoryFeed.createMany({ data: feeds.map((f) => ({ feedId: f.id, storyId, lastUpdatedAt })) });
    if (change.changed) {
      await tx.storyUpdate.create({
        data: {
          storyId,
          kind: wasPublic ? "UPDATED" : "PUBLISHED",
          at: now,
          articlesAdded: change.articlesAdded,
          articleCount: view.articleCount,
          sectionsAdded: change.sectionsAdded,
          sectionsChanged: change.sectionsChanged,
        },
      });
    }
    await recordAudit(tx, actor, opts.auditAction ?? "story.publish", { type: "story", id: storyId }, { version, articleCount: view.articleCount, changed: change.changed });
    const oldFeeds = before?.feeds.map((f) => f.slug) ?? [];
    const tags = tagsForStory(story.slug, [...oldFeeds, ...view.feeds.map((f) => f.slug)]);
    await notifyTags(tx, tags);
    return { version, changed: change.changed, slug: story.slug, tags };
  };
  return opts.tx ? run(opts.tx) : prisma().$transaction(run, { timeout: 20_000 });
}

import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { notifyTags } from "@/lib/cache/notify";
import { tagsForStory } from "@/lib/cache/tags";
import type { Prisma } from "@/lib/generated/prisma/client";
import { citedSourceIds, plainText, type RichDoc } from "@/lib/richtext/schema";
import { buildPublicView, searchTextOf } from "@/lib/stories/build-public-view";
import { publishProblems } from "@/lib/stories/check-publishable";
import { diffPublicView } from "@/lib/stories/diff-public-view";
import type { LoadedStory } from "@/lib/stories/load-story";
import type { StoryDocument } from "@/lib/stories/schema";
import type { FeedRow } from "./ensure-feeds";
import { ArticlePool } from "./article-pool";
import { bulkInsert } from "./bulk-insert";
import { ImportError } from "./import-error";
import { newId } from "./new-id";

export interface NewStory {
  file: string;
  /** Line of the title, for errors about the story as a whole. */
  line: number;
  slug: string;
  doc: StoryDocument;
}


function remap(body: RichDoc, ids: Map<string, string>): RichDoc {
  return {
    type: "doc",
    content: body.content.map((p) => ({
      type: "paragraph",
      content: p.content.map((n) => (n.type === "citation" ? { type: "citation", attrs: { sourceId: ids.get(n.attrs.sourceId)! } } : n)),
    })),
  };
}

/**
 * Stories the database does not have yet, written set-wise: the same rows `saveStory` (kind IMPORT)
 * followed by `publishStory` would write, story by story, but in a few dozen statements for the
 * whole run instead of ~50 per story. Runs inside the caller's transaction. Articles are shared
 * by normalised URL with every other story, as in resolveSources. tests/integration/import checks
 * that both ways give the same stories.
 */
export async function insertNewStories(tx: Tx, actor: Actor, stories: NewStory[], feeds: Map<string, FeedRow>, publish: boolean): Promise<void> {
  if (!stories.length) return;
  const start = Date.now();
  const now = new Date(start);
  const authorId = actor.id || null;

  const pool = await ArticlePool.load(tx, stories.flatMap((s) => s.doc.sources));

  // Column → value, as the tables name them (Prisma's create types keep the names honest).
  const rows = {
    story: [] as Prisma.StoryCreateManyInput[],
    storyFeed: [] as Prisma.StoryFeedCreateManyInput[],
    storySource: [] as Prisma.StorySourceCreateManyInput[],
    claim: [] as Prisma.ClaimCreateManyInput[],
    entry: [] as (Omit<Prisma.TimelineEntryCreateManyInput, "date"> & { date: string })[],
    citation: [] as Prisma.CitationCreateManyInput[],
    revision: [] as Prisma.StoryRevisionCreateManyInput[],
    publicStory: [] as Prisma.PublicStoryCreateManyInput[],
    publicFeed: [] as Prisma.PublicStoryFeedCreateManyInput[],
    update: [] as Prisma.StoryUpdateCreateManyInput[],
    audit: [] as Prisma.AuditEventCreateManyInput[],
  };
  const tags: string[] = [];

  for (const [k, s] of stories.entries()) {
    // One millisecond apart, in file order, as publishing them one by one would stamp them:
    // the last file of a run is the newest in its feeds.
    const now = new Date(start + k);
    const storyId = newId();
    const ids = new Map<string, string>(); // document key → Source id
    for (const [i, src] of s.doc.sources.entries()) {
      let id: string;
      try {
        id = pool.resolve(src);
      } catch (e) {
        throw new ImportError(s.file, s.line, `source ${i + 1}: ${(e as Error).message}`);
      }
      const dup = [...ids.values()].indexOf(id);
      if (dup >= 0) throw new ImportError(s.file, s.line, `sources ${dup + 1} and ${i + 1} are the same article`);
      ids.set(src.key, id);
    }

    const feedList = s.doc.feedSlugs.map((slug) => feeds.get(slug)!).sort((a, b) => a.position - b.position);
    const when = publish ? now : null;
    rows.story.push({ id: storyId, slug: s.slug, title: s.doc.title, status: publish ? "PUBLISHED" : "DRAFT", version: publish ? 2 : 1, publishedAt: when, lastUpdatedAt: when, createdAt: now, updatedAt: now });
    s.doc.feedSlugs.forEach((slug, position) => rows.storyFeed.push({ storyId, feedId: feeds.get(slug)!.id, position }));
    [...ids.values()].forEach((sourceId, position) => rows.storySource.push({ id: newId(), storyId, sourceId, position, addedAt: now }));

    const claims = s.doc.claims.map((c, position) => {
      const body = remap(c.body, ids);
      const id = newId();
      rows.claim.push({ id, storyId, headline: c.headline, body, plainText: plainText(body), position, createdAt: now, updatedAt: now });
      for (const sourceId of citedSourceIds(body)) rows.citation.push({ id: newId(), storyId, sourceId, claimId: id, timelineEntryId: null });
      return { id, headline: c.headline, body };
    });
    // Kept in date order; entries on the same date keep the document's order.
    const ordered = s.doc.timeline.map((t, i) => ({ t, i })).sort((a, b) => a.t.date.localeCompare(b.t.date) || a.i - b.i);
    const timeline = ordered.map(({ t }, position) => {
      const body = remap(t.body, ids);
      const id = newId();
      rows.entry.push({ id, storyId, date: t.date, precision: t.precision, body, plainText: plainText(body), position, createdAt: now, updatedAt: now });
      for (const sourceId of citedSourceIds(body)) rows.citation.push({ id: newId(), storyId, sourceId, claimId: null, timelineEntryId: id });
      return { id, date: t.date, precision: t.precision, body };
    });

    // The working copy as loadStory would read it back: the revision snapshot and the public view's input.
    const loaded: LoadedStory = {
      id: storyId,
      slug: s.slug,
      status: "DRAFT",
      version: 1,
      publishedAt: null,
      scheduledAt: null,
      lastUpdatedAt: null,
      deletedAt: null,
      updatedAt: now,
      document: {
        title: s.doc.title,
        slug: s.slug,
        feedSlugs: feedList.map((f) => f.slug),
        sources: [...ids.values()].map((id) => ({ key: id, ...pool.fields(id) })),
        claims,
        timeline,
      },
    };
    rows.revision.push({ id: newId(), storyId, version: 1, kind: "IMPORT", snapshot: loaded.document as object, authorId, note: `imported from ${s.file}`, createdAt: now });
    if (!publish) continue;

    const problems = publishProblems(loaded, { allowIncompleteSources: true });
    if (problems.length) throw new ImportError(s.file, s.line, `cannot be published: ${problems.join(" ")}`);
    const view = buildPublicView(loaded, feedList.map((f) => ({ slug: f.slug, name: f.name })));
    const change = diffPublicView(null, view);
    const revisionId = newId();
    rows.revision.push({ id: revisionId, storyId, version: 2, kind: "PUBLISH", snapshot: loaded.document as object, authorId, note: null, createdAt: now });
    rows.publicStory.push({
      storyId,
      slug: s.slug,
      title: view.title,
      firstHeadline: view.claims[0]?.headline ?? null,
      articleCount: view.articleCount,
      publishedAt: now,
      lastUpdatedAt: now,
      revisionId,
      content: view as object,
      searchText: searchTextOf(view),
    });
    for (const f of feedList) rows.publicFeed.push({ feedId: f.id, storyId, lastUpdatedAt: now });
    rows.update.push({ id: newId(), storyId, kind: "PUBLISHED", at: now, articlesAdded: change.articlesAdded, articleCount: view.articleCount, sectionsAdded: change.sectionsAdded, sectionsChanged: change.sectionsChanged });
    rows.audit.push({ id: newId(), actorId: authorId, actorEmail: actor.email, action: "story.import_publish", entityType: "story", entityId: storyId, data: { version: 2, articleCount: view.articleCount, changed: true }, ip: null, at: now });
    tags.push(...tagsForStory(s.slug, view.feeds.map((f) => f.slug)));
  }

  await pool.write(tx, now);
  await bulkInsert(tx, "Story", rows.story);
  await bulkInsert(tx, "StoryFeed", rows.storyFeed);
  await bulkInsert(tx, "StorySource", rows.storySource);
  await bulkInsert(tx, "Claim", rows.claim);
  await bulkInsert(tx, "TimelineEntry", rows.entry);
  await bulkInsert(tx, "Citation", rows.citation);
  await bulkInsert(tx, "StoryRevision", rows.revision);
  if (!publish) return;
  // The same search vector publishStory computes, made by the INSERT itself.
  await bulkInsert(tx, "PublicStory", rows.publicStory, { searchVector: `setweight(to_tsvector('english', r.title), 'A') || to_tsvector('english', r."searchText")` });
  await bulkInsert(tx, "PublicStoryFeed", rows.publicFeed);
  await bulkInsert(tx, "StoryUpdate", rows.update);
  await bulkInsert(tx, "AuditEvent", rows.audit);
  await notifyInChunks(tx, [...new Set(tags)]);
}

/** pg_notify payloads must stay under 8,000 bytes: many stories' tags go out in several messages. */
async function notifyInChunks(tx: Tx, tags: string[]): Promise<void> {
  let batch: string[] = [];
  let size = 2;
  for (const t of tags) {
    const len = Buffer.byteLength(JSON.stringify(t)) + 1;
    if (batch.length && size + len > 7000) {
      await notifyTags(tx, batch);
      batch = [];
      size = 2;
    }
    batch.push(t);
    size += len;
  }
  if (batch.length) await notifyTags(tx, batch);
}

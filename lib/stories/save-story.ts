import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError, ValidationError, fieldErrorsFrom } from "@/lib/errors";
import { conflictWithLatest } from "@/lib/revisions/conflict";
import type { RevisionKind } from "@/lib/generated/prisma/enums";
import { citedSourceIds, plainText, type RichDoc } from "@/lib/richtext/schema";
import { writeRevision } from "@/lib/revisions/write-revision";
import { loadStory, type LoadedStory } from "./load-story";
import { resolveSources } from "./resolve-sources";
import { saveStoryInput, type StoryDocument } from "./schema";
import { uniqueSlug } from "./unique-slug";

export interface SaveOptions {
  kind?: RevisionKind;
  note?: string;
  /** Run inside an existing transaction (import runs many stories in one). */
  tx?: Tx;
}

function remapCitations(body: RichDoc, ids: Map<string, string>): RichDoc {
  return {
    type: "doc",
    content: body.content.map((p) => ({
      type: "paragraph",
      content: p.content.map((n) => (n.type === "citation" ? { type: "citation", attrs: { sourceId: ids.get(n.attrs.sourceId)! } } : n)),
    })),
  };
}

/**
 * The one write path for a story's working copy: validates, checks the version the editor
 * loaded, replaces sources, claims, timeline and the derived citation rows, bumps the version and
 * writes a revision — all in one transaction. Returns the story as stored.
 */
export async function saveStory(actor: Actor, raw: unknown, opts: SaveOptions = {}): Promise<LoadedStory> {
  const parsed = saveStoryInput.safeParse(raw);
  if (!parsed.success) {
    const fields = fieldErrorsFrom(parsed.error.issues.map((i) => ({ path: ["document", ...i.path].slice(1), message: i.message })));
    throw new ValidationError(`The story was not saved: ${parsed.error.issues[0]?.message ?? "invalid input"}.`, fields);
  }
  const { storyId, baseVersion, document: doc } = parsed.data;
  assertCan(actor.role, storyId ? "story.edit" : "story.create");
  const run = (tx: Tx) => (storyId ? update(tx, actor, storyId, baseVersion, doc, opts) : create(tx, actor, doc, opts));
  return opts.tx ? run(opts.tx) : prisma().$transaction(run, { timeout: 20_000 });
}

async function create(tx: Tx, actor: Actor, doc: StoryDocument, opts: SaveOptions) {
  const slug = await uniqueSlug(tx, doc.slug ?? doc.title, null);
  const story = await tx.story.create({ data: { slug, title: doc.title, version: 1 } });
  await writeContent(tx, story.id, doc);
  return finish(tx, actor, story.id, opts.kind ?? "SAVE", opts.note);
}

async function update(tx: Tx, actor: Actor, storyId: string, baseVersion: number | undefined, doc: StoryDocument, opts: SaveOptions) {
  if (baseVersion === undefined) throw new ValidationError("The version you edited is missing; reload the story.");
  // The compare-and-swap that makes concurrent saves safe: exactly one save per version wins.
  const won = await tx.story.updateMany({ where: { id: storyId, version: baseVersion, deletedAt: null }, data: { version: { increment: 1 } } });
  if (won.count === 0) {
    const current = await tx.story.findUnique({ where: { id: storyId } });
    if (!current || current.deletedAt) throw new NotFoundError("This story does not exist (or was deleted).");
    throw await conflictWithLatest(tx, storyId, current.version, current.updatedAt);
  }
  const story = await tx.story.findUniqueOrThrow({ where: { id: storyId } });
  let slug = story.slug;
  if (doc.slug && doc.slug !== story.slug) {
    if (story.publishedAt) throw new ValidationError("The address (slug) cannot change once a story has been published.", { slug: "stable once published" });
    slug = await uniqueSlug(tx, doc.slug, storyId);
  }
  await tx.story.update({ where: { id: storyId }, data: { title: doc.title, slug } });
  await writeContent(tx, storyId, doc);
  return finish(tx, actor, storyId, opts.kind ?? "SAVE", opts.note);
}

async function finish(tx: Tx, actor: Actor, storyId: string, kind: RevisionKind, note?: string) {
  const stored = await loadStory(tx, storyId);
  await writeRevision(tx, { storyId, version: stored.version, kind, snapshot: stored.document, authorId: actor.id || null, note });
  return stored;
}

async function writeContent(tx: Tx, storyId: string, doc: StoryDocument): Promise<void> {
  // Feeds
  const feeds = doc.feedSlugs.length ? await tx.feed.findMany({ where: { slug: { in: doc.feedSlugs } } }) : [];
  const missing = doc.feedSlugs.filter((s) => !feeds.some((f) => f.slug === s));
  if (missing.length) throw new ValidationError(`Unknown feed: ${missing.join(", ")}.`, { feedSlugs: "unknown feed" });
  await tx.storyFeed.deleteMany({ where: { storyId } });
  if (feeds.length) await tx.storyFeed.createMany({ data: feeds.map((f, position) => ({ storyId, feedId: f.id, position })) });

  // Sources, in the editor's order: position gives the citation number.
  const ids = await resolveSources(tx, storyId, doc.sources);
  const previous = await tx.storySource.findMany({ where: { storyId } });
  const addedAt = new Map(previous.map((p) => [p.sourceId, p.addedAt]));
  await tx.citation.deleteMany({ where: { storyId } });
  await tx.storySource.deleteMany({ where: { storyId } });
  const sourceIds = [...ids.values()];
  if (sourceIds.length)
    await tx.storySource.createMany({ data: sourceIds.map((sourceId, position) => ({ storyId, sourceId, position, addedAt: addedAt.get(sourceId) ?? new Date() })) });

  // Claims and timeline entries keep their ids (readers' "new since your last visit" uses them).
  const citations: { storyId: string; sourceId: string; claimId?: string; timelineEntryId?: string }[] = [];
  const keepClaims = new Set((await tx.claim.findMany({ where: { storyId }, select: { id: true } })).map((c) => c.id));
  const claimIds: string[] = [];
  for (const [position, c] of doc.claims.entries()) {
    const body = remapCitations(c.body, ids);
    const data = { headline: c.headline, body, plainText: plainText(body), position };
    const id = c.id && keepClaims.has(c.id) ? (await tx.claim.update({ where: { id: c.id }, data })).id : (await tx.claim.create({ data: { storyId, ...data } })).id;
    claimIds.push(id);
    for (const sourceId of citedSourceIds(body)) citations.push({ storyId, sourceId, claimId: id });
  }
  await tx.claim.deleteMany({ where: { storyId, id: { notIn: claimIds } } });

  const keepEntries = new Set((await tx.timelineEntry.findMany({ where: { storyId }, select: { id: true } })).map((c) => c.id));
  // Kept in date order; entries on the same date keep the editor's order.
  const ordered = doc.timeline.map((t, i) => ({ t, i })).sort((a, b) => a.t.date.localeCompare(b.t.date) || a.i - b.i);
  const entryIds: string[] = [];
  for (const [position, { t }] of ordered.entries()) {
    const body = remapCitations(t.body, ids);
    const data = { date: new Date(t.date + "T00:00:00Z"), precision: t.precision, body, plainText: plainText(body), position };
    const id = t.id && keepEntries.has(t.id) ? (await tx.timelineEntry.update({ where: { id: t.id }, data })).id : (await tx.timelineEntry.create({ data: { storyId, ...data } })).id;
    entryIds.push(id);
    for (const sourceId of citedSourceIds(body)) citations.push({ storyId, sourceId, timelineEntryId: id });
  }
  await tx.timelineEntry.deleteMany({ where: { storyId, id: { notIn: entryIds } } });
  if (citations.length) await tx.citation.createMany({ data: citations });
}

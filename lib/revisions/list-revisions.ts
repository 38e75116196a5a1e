import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import type { RevisionKind } from "@/lib/generated/prisma/enums";
import { storyDocument, type StoryDocument } from "@/lib/stories/schema";
import { diffDocuments, type DocumentDiff } from "./diff-documents";

// The history page's reads: every revision of a story (who, when, kind) and the difference
// between any two of them. Deleted stories keep their history (the trash links here).

export interface RevisionRow {
  version: number;
  kind: RevisionKind;
  authorName: string | null;
  createdAt: Date;
  note: string | null;
}

export interface StoryHistory {
  story: { id: string; title: string; slug: string; status: string; version: number; deletedAt: Date | null; publishedVersion: number | null };
  revisions: RevisionRow[];
}

export async function listRevisions(actor: Actor, storyId: string): Promise<StoryHistory> {
  assertCan(actor.role, "story.read");
  const db = prisma();
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { id: true, title: true, slug: true, status: true, version: true, deletedAt: true, public: { select: { revisionId: true } } },
  });
  if (!story) throw new NotFoundError("This story does not exist.");
  const revs = await db.storyRevision.findMany({
    where: { storyId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, kind: true, createdAt: true, note: true, author: { select: { name: true, email: true } } },
  });
  const publishedVersion = revs.find((r) => r.id === story.public?.revisionId)?.version ?? null;
  const { public: _pub, ...rest } = story;
  void _pub;
  return {
    story: { ...rest, publishedVersion },
    revisions: revs.map((r) => ({ version: r.version, kind: r.kind, authorName: r.author?.name ?? r.author?.email ?? null, createdAt: r.createdAt, note: r.note })),
  };
}

/** The history page's querystring: two versions to compare (forgiving, like the story list). */
export const compareParams = z.object({
  from: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).optional().catch(undefined)),
  to: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).optional().catch(undefined)),
});

/** A stored snapshot as a document; snapshots written by older code are read leniently. */
export function snapshotDocument(snapshot: unknown): StoryDocument {
  const parsed = storyDocument.safeParse(snapshot);
  if (parsed.success) return parsed.data;
  const s = (snapshot ?? {}) as Partial<StoryDocument>;
  return { title: s.title ?? "", slug: s.slug, feedSlugs: s.feedSlugs ?? [], sources: s.sources ?? [], claims: s.claims ?? [], timeline: s.timeline ?? [] };
}

export async function revisionDocument(actor: Actor, storyId: string, version: number): Promise<StoryDocument> {
  assertCan(actor.role, "story.read");
  const rev = await prisma().storyRevision.findUnique({ where: { storyId_version: { storyId, version } }, select: { snapshot: true } });
  if (!rev) throw new NotFoundError(`Version ${version} of this story does not exist.`);
  return snapshotDocument(rev.snapshot);
}

/** What changed from version `from` to version `to` (either order is allowed). */
export async function compareRevisions(actor: Actor, storyId: string, from: number, to: number): Promise<DocumentDiff> {
  const [a, b] = await Promise.all([revisionDocument(actor, storyId, from), revisionDocument(actor, storyId, to)]);
  return diffDocuments(a, b);
}

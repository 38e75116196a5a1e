import { SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { disconnect, prisma } from "@/lib/db/client";
import { importStories } from "@/lib/import/import-stories";
import { createUser } from "@/lib/users/create-user";
import type { ParsedStory, Segment } from "@/lib/seeds/types";
import { makeStory } from "../corpus";

// A small newsroom for the fault and load runs: N published stories (bench/corpus shape, through
// lib/import like the importer) and editors with known passwords, created through lib/users.

export const EDITOR_PASSWORD = "reliability-run-password";
export const editorEmail = (i: number) => `editor${i}@reliability.local`;

/** bench/corpus leaves `citations` empty (its segments carry them); the importer checks them. */
function withCitations(p: ParsedStory): ParsedStory {
  const cited = (segs: Segment[]) => [...new Set(segs.flatMap((x) => (x.type === "cite" ? [x.n] : [])))];
  return { ...p, claims: p.claims.map((c) => ({ ...c, citations: cited(c.segments) })), timeline: p.timeline.map((t) => ({ ...t, citations: cited(t.segments) })) };
}

export async function seedNewsroom(url: string, stories: number, editors: number): Promise<void> {
  process.env.DATABASE_URL = url;
  for (let i = 0; i < stories; i += 100) {
    await importStories(
      Array.from({ length: Math.min(100, stories - i) }, (_, k) => withCitations(makeStory(i + k))),
      { status: "publish" },
    );
  }
  for (let i = 0; i < editors; i++) await createUser(SYSTEM_ACTOR, { email: editorEmail(i), name: `Editor ${i}`, role: "EDITOR", password: EDITOR_PASSWORD });
  await disconnect();
}

export async function storyId(slug: string): Promise<string> {
  return (await prisma().story.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** Row counts of everything an import or a save writes. */
export async function counts(): Promise<Record<string, number>> {
  const db = prisma();
  const [stories, sources, claims, timeline, revisions, published, audit] = await Promise.all([
    db.story.count(),
    db.source.count(),
    db.claim.count(),
    db.timelineEntry.count(),
    db.storyRevision.count(),
    db.publicStory.count(),
    db.auditEvent.count(),
  ]);
  return { stories, sources, claims, timeline, revisions, published, audit };
}

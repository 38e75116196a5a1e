import { prisma } from "@/lib/db/client";

/**
 * Everything stored about one story, with row ids replaced by what they mean (S1 = its first
 * source, C1 = first claim, T1 = first timeline entry, R2 = revision 2) and clock times by
 * whether they are set: two ways of writing the same story give equal fingerprints.
 */
export async function storyFingerprint(slug: string): Promise<unknown> {
  const db = prisma();
  const story = await db.story.findUniqueOrThrow({
    where: { slug },
    include: {
      feeds: { include: { feed: true } },
      sources: { include: { source: true }, orderBy: { position: "asc" } },
      claims: { orderBy: { position: "asc" } },
      timeline: { orderBy: { position: "asc" } },
      citations: true,
      revisions: { orderBy: { version: "asc" } },
      updates: true,
      public: { include: { feeds: { include: { feed: true } } } },
    },
  });
  const names = new Map<string, string>([[story.id, "STORY"]]);
  story.sources.forEach((s, i) => names.set(s.sourceId, `S${i + 1}`));
  story.claims.forEach((c, i) => names.set(c.id, `C${i + 1}`));
  story.timeline.forEach((t, i) => names.set(t.id, `T${i + 1}`));
  story.revisions.forEach((r) => names.set(r.id, `R${r.version}`));
  const [vector] = await db.$queryRaw<{ v: string | null }[]>`SELECT "searchVector"::text AS v FROM "PublicStory" WHERE "storyId" = ${story.id}`;
  const audit = await db.auditEvent.findMany({ where: { entityId: story.id }, orderBy: { action: "asc" } });
  const set = (d: Date | null) => (d ? "set" : null);
  const value = {
    story: { slug: story.slug, title: story.title, status: story.status, version: story.version, publishedAt: set(story.publishedAt), lastUpdatedAt: set(story.lastUpdatedAt), scheduledAt: story.scheduledAt, deletedAt: story.deletedAt },
    feeds: story.feeds.map((f) => [f.feed.slug, f.position]).sort(),
    sources: story.sources.map(({ position, source: s }) => [position, s.url, s.normalizedUrl, s.outlet, s.title, s.author, s.publishedAt?.toISOString() ?? null]),
    claims: story.claims.map((c) => [c.position, c.headline, c.body, c.plainText]),
    timeline: story.timeline.map((t) => [t.position, t.date.toISOString(), t.precision, t.body, t.plainText]),
    citations: story.citations.map((c) => [c.claimId ?? c.timelineEntryId, c.sourceId]).map((p) => p.map((id) => names.get(id!) ?? id).join(">")).sort(),
    revisions: story.revisions.map((r) => [r.version, r.kind, r.note, r.authorId, r.snapshot]),
    updates: story.updates.map((u) => [u.kind, set(u.at), u.articlesAdded, u.articleCount, u.sectionsAdded, u.sectionsChanged, u.note]),
    public: story.public && {
      ...story.public,
      storyId: undefined,
      publishedAt: set(story.public.publishedAt),
      lastUpdatedAt: set(story.public.lastUpdatedAt),
      searchVector: vector?.v,
      feeds: story.public.feeds.map((f) => [f.feed.slug, set(f.lastUpdatedAt)]).sort(),
    },
    audit: audit.map((a) => [a.action, a.actorId, a.actorEmail, a.entityType, a.data, a.ip]),
  };
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "string" && names.has(v) ? names.get(v) : v)));
}

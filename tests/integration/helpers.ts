import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import type { RichDoc } from "@/lib/richtext/schema";
import type { SourceInput, StoryDocumentInput } from "@/lib/stories/schema";

/** Empties every table but Prisma's migration bookkeeping. */
export async function resetDb(): Promise<void> {
  const rows = await prisma().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length) await prisma().$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} CASCADE`);
}

let n = 0;
export async function makeActor(role: Actor["role"], extra: { disabled?: boolean } = {}): Promise<Actor> {
  const email = `${role.toLowerCase()}${++n}-${Date.now()}@test.local`;
  const u = await prisma().user.create({ data: { email, name: `${role} ${n}`, role, passwordHash: "x", disabled: extra.disabled ?? false } });
  return { id: u.id, email: u.email, role: u.role };
}

export async function makeFeed(slug = "world", name = "World", position = 1) {
  return prisma().feed.upsert({ where: { slug }, create: { slug, name, position }, update: {} });
}

/** A paragraph: plain strings are text, numbers are citations to source keys `s<n>`. */
export function body(...parts: (string | number)[]): RichDoc {
  return {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: parts.map((p) => (typeof p === "number" ? { type: "citation" as const, attrs: { sourceId: `s${p}` } } : { type: "text" as const, text: p })),
      },
    ],
  };
}

export function source(n: number, extra: Partial<SourceInput> = {}): SourceInput {
  return { key: `s${n}`, url: `https://example.com/news/${n}`, outlet: `Outlet ${n}`, title: `Article ${n}`, author: null, publishedAt: "2026-01-12", ...extra };
}

export function storyDoc(title = "Test story", sources = 2): StoryDocumentInput {
  return {
    title,
    feedSlugs: [] as string[],
    sources: Array.from({ length: sources }, (_, i) => source(i + 1)),
    claims: [{ headline: "First claim", body: body("Something happened.", 1) }],
    timeline: [{ date: "2026-01-12", precision: "DAY", body: body("It began.", 1) }],
  };
}

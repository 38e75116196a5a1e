import fs from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db/client";
import type { PublicInline, PublicParagraph, PublicStoryView } from "@/lib/stories/public-view";

// Test-only: writes the public read tables directly (Story → PublicStory, PublicStoryFeed,
// StoryUpdate), the way publishing would, so the read side can be tested without the write path.

let seq = 0;

/** "Text [1][3] more." → text and citation inlines. */
export function cited(text: string): PublicParagraph {
  const out: PublicInline[] = [];
  for (const part of text.split(/(\[\d+\])/)) {
    const m = /^\[(\d+)\]$/.exec(part);
    if (m) out.push({ t: "cite", n: Number(m[1]) });
    else if (part) out.push({ t: "text", text: part });
  }
  return out;
}

export interface FixtureStory {
  slug?: string;
  title?: string;
  lastUpdatedAt?: Date;
  publishedAt?: Date;
  view?: Partial<PublicStoryView>;
  feedSlugs?: string[];
  updates?: { kind: "PUBLISHED" | "UPDATED" | "CORRECTION"; at: Date; articlesAdded?: number; sectionsAdded?: string[]; sectionsChanged?: string[]; note?: string }[];
  storyId?: string;
}

export function simpleView(title: string, slug: string, extra: Partial<PublicStoryView> = {}): PublicStoryView {
  return {
    title,
    slug,
    articleCount: 2,
    feeds: [],
    claims: [{ id: `claim-${slug}`, headline: `What happened in ${title}`, body: [cited("Something happened [1] and then more [2].")] }],
    sources: [
      { n: 1, outlet: "Outlet One", title: `Report on ${title}`, url: "https://example.com/one", publishedAt: "2026-01-12", incomplete: false },
      { n: 2, outlet: "Outlet Two", title: `Analysis of ${title}`, url: "https://example.com/two", publishedAt: "2026-01-13", incomplete: false },
    ],
    timeline: [{ id: `tl-${slug}`, date: "2026-01-12", precision: "day", body: [cited("It began [1].")] }],
    ...extra,
  };
}

export async function ensureFeed(slug: string, name: string, position: number) {
  return prisma().feed.upsert({ where: { slug }, create: { slug, name, position }, update: { name, position } });
}

/** Inserts one published story; returns its storyId. */
export async function insertPublicStory(f: FixtureStory = {}): Promise<string> {
  const n = ++seq;
  const slug = f.slug ?? `fixture-story-${n}-${Date.now()}`;
  const title = f.title ?? f.view?.title ?? `Fixture story ${n}`;
  const lastUpdatedAt = f.lastUpdatedAt ?? new Date(Date.UTC(2026, 0, 14, 9, 0, n % 60));
  const publishedAt = f.publishedAt ?? lastUpdatedAt;
  const feeds = await Promise.all((f.feedSlugs ?? []).map((s) => prisma().feed.findUniqueOrThrow({ where: { slug: s } })));
  const view: PublicStoryView = { ...simpleView(title, slug), ...f.view, title, slug, feeds: feeds.map((x) => ({ slug: x.slug, name: x.name })) };
  view.articleCount = view.sources.length;
  const story = await prisma().story.create({
    data: { ...(f.storyId ? { id: f.storyId } : {}), slug, title, status: "PUBLISHED", publishedAt, lastUpdatedAt },
  });
  const revision = await prisma().storyRevision.create({ data: { storyId: story.id, version: 1, kind: "PUBLISH", snapshot: {} } });
  const searchText = [title, ...view.claims.map((c) => `${c.headline}. ${plain(c.body)}`), ...view.timeline.map((t) => plain(t.body))].join("\n").replace(/\u2011/g, "-");
  await prisma().publicStory.create({
    data: {
      storyId: story.id,
      slug,
      title,
      firstHeadline: view.claims[0]?.headline ?? null,
      articleCount: view.articleCount,
      publishedAt,
      lastUpdatedAt,
      revisionId: revision.id,
      content: view as object,
      searchText,
    },
  });
  await prisma().$executeRaw`UPDATE "PublicStory" SET "searchVector" = setweight(to_tsvector('english', ${title}), 'A') || to_tsvector('english', ${searchText}) WHERE "storyId" = ${story.id}`;
  if (feeds.length) await prisma().publicStoryFeed.createMany({ data: feeds.map((x) => ({ feedId: x.id, storyId: story.id, lastUpdatedAt })) });
  const updates = f.updates ?? [{ kind: "PUBLISHED" as const, at: publishedAt, articlesAdded: view.articleCount, sectionsAdded: view.claims.map((c) => c.headline) }];
  for (const u of updates) {
    await prisma().storyUpdate.create({
      data: {
        storyId: story.id,
        kind: u.kind,
        at: u.at,
        articlesAdded: u.articlesAdded ?? 0,
        articleCount: view.articleCount,
        sectionsAdded: u.sectionsAdded ?? [],
        sectionsChanged: u.sectionsChanged ?? [],
        note: u.note ?? null,
      },
    });
  }
  return story.id;
}

/** A story that exists but is not public (draft): it must never show on public pages. */
export async function insertDraftStory(slug: string, title: string): Promise<string> {
  const s = await prisma().story.create({ data: { slug, title, status: "DRAFT" } });
  return s.id;
}

function plain(ps: PublicParagraph[]): string {
  return ps.map((p) => p.map((n) => (n.t === "text" ? n.text : " ")).join("")).join(" ");
}

const SEED_HEADLINES = [
  "Second Nara Summit Marks Continued Shuttle Diplomacy",
  "Cooperation Agenda Spans Denuclearization, Supply Chains, Crime",
  "China‑Japan Tensions Frame Bilateral Dialogue",
  "DNA Analysis Deal Targets Chosei Mine Victims",
  "Historical Issues Set Aside While Trust Building Continues",
];

/** The seed story page (seeds/000_…txt) as a public view: 4 placeholder sources, like the import. */
export function seedStoryView(): PublicStoryView {
  const text = fs.readFileSync(path.join(process.cwd(), "seeds", "000_c5bc34af602a9b8c.txt"), "utf8");
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const title = lines[2];
  const claims = SEED_HEADLINES.map((h, i) => {
    const line = lines.find((l) => l.startsWith(h))!;
    return { id: `seed-claim-${i + 1}`, headline: h, body: [cited(line.slice(h.length).trim())] };
  });
  const months: Record<string, string> = { Jan: "01", Feb: "02", Mar: "03", Apr: "04", May: "05", Jun: "06", Jul: "07", Aug: "08", Sep: "09", Oct: "10", Nov: "11", Dec: "12" };
  const timeline = lines
    .filter((l) => /^[A-Z][a-z]{2}[\s\u202f]\d{1,2}[\s\u202f]\d{4}\s–\s/.test(l))
    .map((l, i) => {
      const [, mon, day, year, rest] = /^([A-Z][a-z]{2})[\s\u202f](\d{1,2})[\s\u202f](\d{4})\s–\s(.*)$/.exec(l)!;
      return { id: `seed-tl-${i + 1}`, date: `${year}-${months[mon]}-${day.padStart(2, "0")}`, precision: "day" as const, body: [cited(rest)] };
    });
  const sources = [1, 2, 3, 4].map((n) => ({ n, outlet: null, title: null, url: null, publishedAt: null, incomplete: true }));
  return { title, slug: "", articleCount: 4, feeds: [], claims, sources, timeline };
}

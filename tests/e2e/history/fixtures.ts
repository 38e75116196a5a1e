import type { Actor } from "../../../lib/audit/record-audit";
import { prisma } from "../../../lib/db/client";
import { publishStory } from "../../../lib/stories/publish-story";
import { saveStory } from "../../../lib/stories/save-story";
import type { StoryDocumentInput } from "../../../lib/stories/schema";
import { E2E_USERS, type E2eRole } from "../helpers";

// Stories made for one test through lib/ (the same write path as the admin), so the history
// specs never touch the seed stories other specs rely on.

export async function actor(role: E2eRole): Promise<Actor> {
  const u = await prisma().user.findUniqueOrThrow({ where: { email: E2E_USERS[role].email } });
  return { id: u.id, email: u.email, role: u.role };
}

export function doc(title: string, headline: string, text: string): StoryDocumentInput {
  const stamp = Date.now().toString(36);
  return {
    title,
    slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${stamp}`,
    feedSlugs: [],
    sources: [{ key: "s1", url: `https://example.org/history-e2e/${stamp}`, outlet: "Example Wire", title: "An article", publishedAt: "2026-01-12" }],
    claims: [{ headline, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }, { type: "citation", attrs: { sourceId: "s1" } }] }] } }],
    timeline: [],
  };
}

/** Saves (and optionally publishes) a story; returns its id, slug and current version. */
export async function makeStory(d: StoryDocumentInput, opts: { publish?: boolean } = {}) {
  const ed = await actor("editor");
  const s = await saveStory(ed, { document: d });
  let version = s.version;
  if (opts.publish) version = (await publishStory(ed, s.id)).version;
  return { id: s.id, slug: s.slug, version, document: s.document };
}

export async function saveAs(role: E2eRole, id: string, baseVersion: number, d: StoryDocumentInput) {
  return saveStory(await actor(role), { storyId: id, baseVersion, document: d });
}

export async function publishAs(role: E2eRole, id: string) {
  return publishStory(await actor(role), id);
}

export async function storyRow(id: string) {
  return prisma().story.findUniqueOrThrow({ where: { id }, include: { claims: { orderBy: { position: "asc" } } } });
}

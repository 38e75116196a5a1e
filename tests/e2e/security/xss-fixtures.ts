import { prisma } from "../../../lib/db/client";
import { notifyTags } from "../../../lib/cache/notify";
import { tagsForStory } from "../../../lib/cache/tags";
import { createFeed } from "../../../lib/feeds/create-feed";
import type { RichDoc } from "../../../lib/richtext/schema";
import { correctStory } from "../../../lib/stories/correct-story";
import { deleteStory } from "../../../lib/stories/delete-story";
import { publishStory } from "../../../lib/stories/publish-story";
import type { PublicStoryView } from "../../../lib/stories/public-view";
import { saveStory } from "../../../lib/stories/save-story";
import type { StoryDocumentInput } from "../../../lib/stories/schema";
import { createUser } from "../../../lib/users/create-user";
import { HOSTILE_HREFS, pack, QUOTED_HREF, XSS_PAYLOADS } from "../../fixtures/xss-payloads";
import { actor } from "../history/fixtures";

// The hostile world of the XSS spec, written through the product's own lib/ functions (zod, one
// transaction, audit), exactly as the admin's server actions do. Payloads are batched so that a
// few stories carry all of them: one "main" story holds every payload as a claim headline, claim
// text, source outlet and headline, source URL and timeline entry; the other stories exist for
// their titles. The one exception to lib/ is `injectHostileHrefs`, which says why.

/** A word in every title, so one search finds every hostile story. */
export const MARKER = "Xsscorpus";

export interface XssStory {
  id: string;
  slug: string;
  title: string;
}
export interface XssWorld {
  stories: XssStory[]; // stories[0] is the main one
  bypass: XssStory;
  feeds: { slug: string; name: string }[];
  /** Correction notes on the main story (public page, update log, history, audit). */
  corrections: string[];
  users: { email: string; name: string }[];
  removed?: boolean;
}

const fits = (max: number) => XSS_PAYLOADS.filter((p) => p.trim().length <= max);

function para(...content: RichDoc["content"][number]["content"]): RichDoc {
  return { type: "doc", content: [{ type: "paragraph", content }] };
}

/** Claim body with the payload as plain, bold and linked text; the link's quotes try to break out. */
function claimBody(p: string, key: string): RichDoc {
  return para(
    { type: "text", text: p },
    { type: "text", text: ` bold:${p}`, marks: [{ type: "bold" }, { type: "italic" }] },
    { type: "text", text: ` link:${p}`, marks: [{ type: "link", attrs: { href: QUOTED_HREF } }] },
    { type: "citation", attrs: { sourceId: key } },
  );
}

function mainDocument(title: string, slug: string, stamp: string, feedSlugs: string[]): StoryDocumentInput {
  const ps = fits(200);
  return {
    title,
    slug,
    feedSlugs,
    sources: ps.map((p, i) => ({ key: `s${i}`, url: `https://example.org/xss/${stamp}/${i}/${p}`, outlet: p, title: p, publishedAt: "2026-01-12" })),
    claims: ps.map((p, i) => ({ headline: p, body: claimBody(p, `s${i}`) })),
    timeline: XSS_PAYLOADS.map((p, i) => ({ date: "2026-01-12", precision: "DAY" as const, body: para({ type: "text", text: p }, { type: "citation", attrs: { sourceId: `s${i % ps.length}` } }) })),
  };
}

function titleDocument(title: string, slug: string, stamp: string, feedSlugs: string[]): StoryDocumentInput {
  return {
    title,
    slug,
    feedSlugs,
    sources: [{ key: "s", url: `https://example.org/xss/${stamp}/${slug}`, outlet: "Example Wire", title: "An article", publishedAt: "2026-01-12" }],
    claims: [{ headline: `Lede of ${title}`.slice(0, 200), body: para({ type: "text", text: "Plain text." }, { type: "citation", attrs: { sourceId: "s" } }) }],
    timeline: [],
  };
}

export async function seedXssWorld(): Promise<XssWorld> {
  const stamp = Date.now().toString(36);
  const admin = await actor("admin");

  const users: XssWorld["users"] = [];
  for (const [i, name] of pack(fits(100), 100).entries()) {
    const email = `xss-${stamp}-${i}@test.local`;
    await createUser(admin, { email, name, role: "EDITOR", password: "hostile-password-1" });
    users.push({ email, name: name.trim() });
  }
  const author = await prisma().user.findUniqueOrThrow({ where: { email: users[0].email } });
  const editor = { id: author.id, email: author.email, role: author.role };

  const feeds: XssWorld["feeds"] = [];
  for (const [i, packed] of pack(fits(70), 70).entries()) {
    // The first feed's slug comes from its hostile name, the way an editor usually leaves it (the
    // stamp keeps that slug unique when the world is seeded again after a failed test).
    const name = i === 0 ? `${stamp} ${packed}` : packed;
    const { feed } = await createFeed(admin, i === 0 ? { name } : { name, slug: `xss-${stamp}-${i}` });
    feeds.push({ slug: feed.slug, name: feed.name });
  }

  const titles = pack(fits(270), 300 - MARKER.length - 6).map((t, i) => `${MARKER} ${i}: ${t}`);
  const stories: XssStory[] = [];
  for (const [i, title] of titles.entries()) {
    const slug = `xss-${stamp}-story-${i}`;
    const feedSlugs = i === 0 ? feeds.slice(0, 20).map((f) => f.slug) : feeds.slice(20).filter((_, j) => j % (titles.length - 1) === i - 1).map((f) => f.slug);
    const doc = i === 0 ? mainDocument(title, slug, stamp, feedSlugs) : titleDocument(title, slug, stamp, feedSlugs);
    const saved = await saveStory(editor, { document: doc });
    await publishStory(editor, saved.id);
    stories.push({ id: saved.id, slug: saved.slug, title: saved.document.title });
  }

  // Correction notes are editor text too: every payload, packed into notes on the main story.
  const corrections = pack(XSS_PAYLOADS, 1000).map((n) => `Corrected: ${n}`.slice(0, 1000));
  let version = (await prisma().story.findUniqueOrThrow({ where: { id: stories[0].id } })).version;
  for (const note of corrections) version = (await correctStory(editor, { storyId: stories[0].id, baseVersion: version, note })).version;

  const bypassDoc = titleDocument(`${MARKER} bypass: hostile link targets`, `xss-${stamp}-bypass`, stamp, []);
  const b = await saveStory(editor, { document: bypassDoc });
  await publishStory(editor, b.id);
  const bypass = { id: b.id, slug: b.slug, title: b.document.title };
  await injectHostileHrefs(bypass.slug);
  return { stories, bypass, feeds, corrections: corrections.map((c) => c.trim()), users };
}

/**
 * Validation bypass, on purpose: the schema refuses javascript:/data: links and source URLs on
 * every save, so to prove the *renderers* would not emit them either we write them straight into
 * the render-ready PublicStory row and the story's Source row (as a bug, an old import or a
 * hand-edited database could), then expire the story's cached pages the way a publish does.
 */
async function injectHostileHrefs(slug: string): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const row = await tx.publicStory.findUniqueOrThrow({ where: { slug } });
    const view = row.content as unknown as PublicStoryView;
    view.claims[0].body = [HOSTILE_HREFS.map((href, i) => ({ t: "text" as const, text: `hostile link ${i} `, href })), [{ t: "cite", n: 1 }]];
    view.sources = HOSTILE_HREFS.map((url, i) => ({ n: i + 1, outlet: `Hostile outlet ${i}`, title: `Hostile source ${i}`, url, publishedAt: "2026-01-12", incomplete: false }));
    view.articleCount = view.sources.length;
    await tx.publicStory.update({ where: { slug }, data: { content: view as object } });
    // The working copy's source too, for the admin editor's link to the original article.
    const link = await tx.storySource.findFirstOrThrow({ where: { storyId: row.storyId } });
    await tx.source.update({ where: { id: link.sourceId }, data: { url: HOSTILE_HREFS.find((h) => h.startsWith("data:")) } });
    await notifyTags(tx, tagsForStory(slug, []));
  });
}

/** Moves the hostile stories to the trash (as their hostile-named author), so specs that run
 *  later see the usual home page; the trash then shows their titles and the author's name. */
export async function removeXssStories(world: XssWorld): Promise<void> {
  if (world.removed) return;
  world.removed = true;
  const u = await prisma().user.findUniqueOrThrow({ where: { email: world.users[0].email } });
  for (const s of [...world.stories, world.bypass]) await deleteStory({ id: u.id, email: u.email, role: u.role }, { storyId: s.id });
}

import { prisma, type Tx } from "@/lib/db/client";
import { SYSTEM_ACTOR, recordAudit, type Actor } from "@/lib/audit/record-audit";
import type { ParsedStory } from "@/lib/seeds/types";
import { loadStory } from "@/lib/stories/load-story";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { slugify } from "@/lib/stories/slugify";
import { canonical, seedToDocument } from "./seed-to-document";

export interface ImportOptions {
  feed?: string; // feed slug or name overriding the document's context line
  status: "publish" | "draft";
  actor?: Actor;
}

export interface ImportOutcome {
  file: string;
  slug: string;
  action: "created" | "updated" | "unchanged";
}

/**
 * Imports parsed stories in ONE transaction: every file lands or none does. A story is matched
 * by slug; an unchanged document is a no-op, a changed one becomes a new revision (and, when
 * published, an update-log entry).
 */
export async function importStories(stories: ParsedStory[], opts: ImportOptions): Promise<ImportOutcome[]> {
  const actor = opts.actor ?? SYSTEM_ACTOR;
  return prisma().$transaction(
    async (tx) => {
      const out: ImportOutcome[] = [];
      for (const p of stories) out.push(await importOne(tx, actor, p, opts));
      const changed = out.filter((o) => o.action !== "unchanged");
      if (changed.length) await recordAudit(tx, actor, "story.import", { type: "import" }, { files: out.length, changed: changed.map((o) => o.slug) });
      return out;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
}

async function ensureFeed(tx: Tx, nameOrSlug: string): Promise<string> {
  const slug = slugify(nameOrSlug);
  const existing = await tx.feed.findUnique({ where: { slug } });
  if (existing) return slug;
  const name = nameOrSlug.includes("-") && !nameOrSlug.includes(" ") ? nameOrSlug.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()) : nameOrSlug;
  const position = await tx.feed.count();
  await tx.feed.create({ data: { slug, name, position } });
  return slug;
}

async function importOne(tx: Tx, actor: Actor, p: ParsedStory, opts: ImportOptions): Promise<ImportOutcome> {
  const feedSlug = await ensureFeed(tx, opts.feed ?? p.feed);
  const slug = p.slug ?? slugify(p.title);
  const found = await tx.story.findUnique({ where: { slug }, select: { id: true } });
  const existing = found ? await loadStory(tx, found.id) : null;
  const document = seedToDocument(p, feedSlug, existing);

  if (existing && canonical(existing.document) === canonical(document)) {
    if (opts.status === "publish" && existing.status !== "PUBLISHED") {
      await publishStory(actor, existing.id, { tx, allowIncompleteSources: true, auditAction: "story.import_publish" });
      return { file: p.file, slug, action: "updated" };
    }
    return { file: p.file, slug, action: "unchanged" };
  }
  const saved = await saveStory(
    actor,
    { storyId: existing?.id, baseVersion: existing?.version, document },
    { tx, kind: "IMPORT", note: `imported from ${p.file}` },
  );
  if (opts.status === "publish") await publishStory(actor, saved.id, { tx, allowIncompleteSources: true, auditAction: "story.import_publish" });
  return { file: p.file, slug: saved.slug, action: existing ? "updated" : "created" };
}

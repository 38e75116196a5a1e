import { prisma, type Tx } from "@/lib/db/client";
import { SYSTEM_ACTOR, recordAudit, type Actor } from "@/lib/audit/record-audit";
import { UserError } from "@/lib/errors";
import type { ParsedStory } from "@/lib/seeds/types";
import { loadStories, type LoadedStory } from "@/lib/stories/load-story";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { storyDocument, type StoryDocument } from "@/lib/stories/schema";
import { ensureFeeds } from "./ensure-feeds";
import { ImportError } from "./import-error";
import { importOptions } from "./schema";
import { insertNewStories, type NewStory } from "./insert-new-stories";
import { byDate, canonical, seedToDocument } from "./seed-to-document";
import { storySlug } from "./story-slug";

export interface ImportOptions {
  feed?: string; // feed slug or name overriding the document's context line
  status: "publish" | "draft";
  actor?: Actor;
  /** New stories go in set-wise (default); false writes them one by one through saveStory/publishStory. */
  bulk?: boolean;
}

export interface ImportOutcome {
  file: string;
  slug: string;
  action: "created" | "updated" | "unchanged";
  /** Something the person importing should know (e.g. an unpublished story was left unpublished). */
  note?: string;
}

/**
 * Imports parsed stories in ONE transaction: every file lands or none does. A story is matched
 * by slug; an unchanged document is a no-op, a changed one becomes a new revision (and, when
 * published, an update-log entry). Errors name the file (and line) they come from.
 */
export async function importStories(stories: ParsedStory[], options: ImportOptions): Promise<ImportOutcome[]> {
  const actor = options.actor ?? SYSTEM_ACTOR;
  const opts = importOptions.parse(options);
  const seen = new Map<string, string>();
  for (const p of stories) {
    const slug = storySlug(p);
    if (seen.has(slug)) throw new ImportError(p.file, 1, `the same story (address "${slug}") as ${seen.get(slug)}`);
    seen.set(slug, p.file);
    // publishStory would refuse it; say so at the claim's line before anything is written.
    const bare = p.claims.findIndex((c) => !c.citations.length);
    if (opts.status === "publish" && bare >= 0)
      throw new ImportError(p.file, p.claims[bare].line, `claim ${bare + 1} ("${p.claims[bare].headline}") cites no source, so the story cannot be published (import it with --draft)`);
  }
  return prisma().$transaction(
    async (tx) => {
      const feeds = await ensureFeeds(tx, stories.map((p) => opts.feed ?? p.feed));
      const existing = new Map((await loadStories(tx, { slugs: [...seen.keys()] })).map((s) => [s.slug, s]));
      const imported = await lastImports(tx, [...existing.values()].map((s) => s.id));
      const out: ImportOutcome[] = [];
      const fresh: NewStory[] = [];
      for (const p of stories) {
        const slug = storySlug(p);
        const old = existing.get(slug) ?? null;
        const document = validDocument(p, seedToDocument(p, feeds.slugOf(opts.feed ?? p.feed), old, slug));
        if (!old && opts.bulk !== false) fresh.push({ file: p.file, line: p.line, slug, doc: document });
        else out.push(await located(p, () => importOne(tx, actor, { p, slug, document, existing: old, lastImport: old ? imported.get(old.id) : undefined }, opts)));
      }
      await insertNewStories(tx, actor, fresh, feeds.bySlug, opts.status === "publish");
      const byFile = new Map(out.map((o) => [o.file, o]));
      const all = stories.map((p) => byFile.get(p.file) ?? { file: p.file, slug: storySlug(p), action: "created" as const });
      const changed = all.filter((o) => o.action !== "unchanged");
      if (changed.length) await recordAudit(tx, actor, "story.import", { type: "import" }, { files: all.length, changed: changed.map((o) => o.slug) });
      return all;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
}

/** The document as the write path will take it (zod), or an error at the claim/entry/source line. */
function validDocument(p: ParsedStory, doc: StoryDocument): StoryDocument {
  const r = storyDocument.safeParse(doc);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const [what, i] = issue.path as [string, number];
  const line = (what === "claims" ? p.claims[i]?.line : what === "timeline" ? byDate(p.timeline)[i]?.line : what === "sources" ? p.sources[i]?.line : undefined) ?? p.line;
  throw new ImportError(p.file, line, `${what ?? "story"}${typeof i === "number" ? ` ${i + 1}` : ""}: ${issue.message}`);
}

async function located<T>(p: ParsedStory, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ImportError || !(e instanceof UserError)) throw e;
    throw new ImportError(p.file, p.line, e.message);
  }
}

/** The document each story was last imported as (its latest IMPORT revision), by story id. */
async function lastImports(tx: Tx, storyIds: string[]): Promise<Map<string, StoryDocument>> {
  if (!storyIds.length) return new Map();
  const rows = await tx.storyRevision.findMany({
    where: { storyId: { in: storyIds }, kind: "IMPORT" },
    orderBy: [{ storyId: "asc" }, { version: "desc" }],
    distinct: ["storyId"],
    select: { storyId: true, snapshot: true },
  });
  return new Map(rows.map((r) => [r.storyId, r.snapshot as unknown as StoryDocument]));
}

interface Job {
  p: ParsedStory;
  slug: string;
  document: StoryDocument;
  existing: LoadedStory | null;
  lastImport?: StoryDocument;
}

/**
 * "Unchanged" means the file says what it said when it was last imported: editors' later edits
 * are theirs, and re-running the seed must not revert them. A story never imported (made in the
 * admin) is compared with its working copy.
 */
function unchanged({ document, existing, lastImport }: Job): boolean {
  if (!existing) return false;
  if (!lastImport) return canonical(existing.document) === canonical(document);
  const content = (d: StoryDocument) => canonical({ ...d, feedSlugs: [] });
  return content(lastImport) === content(document) && lastImport.feedSlugs.includes(document.feedSlugs[0]);
}

async function importOne(tx: Tx, actor: Actor, job: Job, opts: ImportOptions): Promise<ImportOutcome> {
  const { p, slug, document, existing } = job;
  const publish = (id: string) => publishStory(actor, id, { tx, allowIncompleteSources: true, auditAction: "story.import_publish" });
  // An editor's unpublish (or schedule) stands: the import updates the working copy only.
  const held = existing && (existing.status === "UNPUBLISHED" || existing.status === "SCHEDULED");
  const note = held && opts.status === "publish" ? `left ${existing.status.toLowerCase()} (an editor's decision); not published` : undefined;
  if (existing && unchanged(job)) {
    if (opts.status === "publish" && existing.status === "DRAFT") {
      await publish(existing.id);
      return { file: p.file, slug, action: "updated" };
    }
    return { file: p.file, slug, action: "unchanged" };
  }
  const saved = await saveStory(actor, { storyId: existing?.id, baseVersion: existing?.version, document }, { tx, kind: "IMPORT", note: `imported from ${p.file}` });
  if (opts.status === "publish" && !held) await publish(saved.id);
  return { file: p.file, slug: saved.slug, action: existing ? "updated" : "created", ...(note ? { note } : {}) };
}

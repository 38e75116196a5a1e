import type { Tx } from "@/lib/db/client";
import { normalizeUrl } from "@/lib/sources/normalize-url";
import type { SourceInput } from "@/lib/stories/schema";
import { bulkInsert } from "./bulk-insert";
import { newId } from "./new-id";

export type ArticleFields = { url: string | null; outlet: string | null; title: string | null; author: string | null; publishedAt: string | null };

const CHUNK = 1000;
const toDate = (d: string | null) => (d ? new Date(d + "T00:00:00Z") : null);

/**
 * The Source rows a set-wise import uses, with resolveSources' rules: an article is global and
 * found by normalised URL (known ones are reused and given the details they lacked, never
 * erased); a source without URL is a new placeholder. Nothing is written until `write()`.
 */
export class ArticlePool {
  private state = new Map<string, ArticleFields>(); // Source id → fields as stored so far
  private idByUrl = new Map<string, string>();
  private known = new Set<string>();
  private created: string[] = [];
  private normalized = new Map<string, string>(); // created id → its normalised URL
  private patched = new Set<string>();

  /** Loads the articles the run's URLs already name (one query per 1,000 URLs). */
  static async load(tx: Tx, inputs: SourceInput[]): Promise<ArticlePool> {
    const pool = new ArticlePool();
    const urls = [...new Set(inputs.map((x) => (x.url ? normalizeUrl(x.url) : null)).filter((u): u is string => !!u))];
    for (let i = 0; i < urls.length; i += CHUNK) {
      for (const s of await tx.source.findMany({ where: { normalizedUrl: { in: urls.slice(i, i + CHUNK) } } })) {
        pool.idByUrl.set(s.normalizedUrl!, s.id);
        pool.known.add(s.id);
        pool.state.set(s.id, { url: s.url, outlet: s.outlet, title: s.title, author: s.author, publishedAt: s.publishedAt?.toISOString().slice(0, 10) ?? null });
      }
    }
    return pool;
  }

  /** The Source id for one story's source; throws a message when its URL is not a web address. */
  resolve(src: SourceInput): string {
    const fields = { outlet: src.outlet, title: src.title, author: src.author, publishedAt: src.publishedAt };
    const norm = src.url ? normalizeUrl(src.url) : null;
    if (src.url && !norm) throw new Error(`"${src.url}" is not a valid web address`);
    const id = norm ? this.idByUrl.get(norm) : undefined;
    if (id) {
      const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
      if (Object.keys(patch).length) {
        this.state.set(id, { ...this.state.get(id)!, ...patch });
        if (this.known.has(id)) this.patched.add(id);
      }
      return id;
    }
    const created = newId();
    this.state.set(created, { url: src.url, ...fields });
    this.created.push(created);
    if (norm) {
      this.idByUrl.set(norm, created);
      this.normalized.set(created, norm);
    }
    return created;
  }

  /** The article as a story saved now would read it back. */
  fields(id: string): ArticleFields {
    return { ...this.state.get(id)! };
  }

  async write(tx: Tx, now: Date): Promise<void> {
    await bulkInsert(
      tx,
      "Source",
      this.created.map((id) => ({ id, ...this.state.get(id)!, normalizedUrl: this.normalized.get(id) ?? null, createdAt: now, updatedAt: now })),
    );
    for (const id of this.patched) {
      const v = this.state.get(id)!;
      await tx.source.update({ where: { id }, data: { outlet: v.outlet, title: v.title, author: v.author, publishedAt: toDate(v.publishedAt) } });
    }
  }
}

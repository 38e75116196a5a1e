import type { Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { normalizeUrl } from "@/lib/sources/normalize-url";
import type { SourceInput } from "./schema";

const toDate = (d: string | null) => (d ? new Date(d + "T00:00:00Z") : null);

/**
 * Turns the editor's source list into Source rows: a URL already known anywhere reuses that
 * article (filling fields it lacked); a source without URL is a placeholder owned by this story.
 * Returns editor key → Source id, in list order.
 */
export async function resolveSources(tx: Tx, storyId: string, inputs: SourceInput[]): Promise<Map<string, string>> {
  const byKey = new Map<string, string>();
  const normalized = inputs.map((s) => (s.url ? normalizeUrl(s.url) : null));
  inputs.forEach((s, i) => {
    if (s.url && !normalized[i]) throw new ValidationError(`Source ${i + 1}: "${s.url}" is not a valid web address.`, { [`sources.${i}.url`]: "not a valid URL" });
  });

  const urls = normalized.filter((u): u is string => !!u);
  const known = urls.length ? await tx.source.findMany({ where: { normalizedUrl: { in: urls } } }) : [];
  const knownByUrl = new Map(known.map((s) => [s.normalizedUrl!, s]));
  const ownPlaceholders = new Set(
    (await tx.storySource.findMany({ where: { storyId, source: { normalizedUrl: null } }, select: { sourceId: true } })).map((r) => r.sourceId),
  );

  for (const [i, s] of inputs.entries()) {
    const norm = normalized[i];
    const fields = { outlet: s.outlet, title: s.title, author: s.author, publishedAt: toDate(s.publishedAt) };
    let id: string;
    if (norm) {
      const existing = knownByUrl.get(norm);
      if (existing) {
        id = existing.id;
        // Editors correct an article's details here; empty fields never erase what is known.
        const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
        if (Object.keys(patch).length) await tx.source.update({ where: { id }, data: patch });
      } else if (ownPlaceholders.has(s.key)) {
        // This story's placeholder, completed with a URL seen nowhere else: the same article, so
        // the same row (its id, and every citation of it, stay as they were).
        const completed = await tx.source.update({ where: { id: s.key }, data: { url: s.url, normalizedUrl: norm, ...fields } });
        knownByUrl.set(norm, completed);
        id = completed.id;
      } else {
        const created = await tx.source.create({ data: { url: s.url, normalizedUrl: norm, ...fields } });
        knownByUrl.set(norm, created);
        id = created.id;
      }
    } else if (ownPlaceholders.has(s.key)) {
      id = s.key;
      await tx.source.update({ where: { id }, data: fields });
    } else {
      id = (await tx.source.create({ data: { url: null, normalizedUrl: null, ...fields } })).id;
    }
    const dup = [...byKey.entries()].findIndex(([, v]) => v === id);
    if (dup >= 0) throw new ValidationError(`Sources ${dup + 1} and ${i + 1} are the same article.`, { [`sources.${i}.url`]: "listed twice" });
    byKey.set(s.key, id);
  }
  return byKey;
}

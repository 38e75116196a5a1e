import type { StoryDocument, StoryDocumentInput } from "@/lib/stories/schema";

// The editor's working state and its conversion to and from the document the server stores.
// Pure (no React, no database) so it runs in the browser and in unit tests.
//
// Sources keep a client `key` for their whole life in the editor: citations in the tiptap
// documents point at it, so saving never has to rewrite the text under the writer's cursor. The
// id the server gave the source is kept beside it (`serverKey`) and sent instead of the client
// key, so a saved source is always matched to its row on the next save.

export interface Body {
  type: "doc";
  content?: Array<{ type: string; content?: Array<Record<string, unknown>>; [k: string]: unknown }>;
}

export interface DraftSource {
  key: string;
  serverKey: string | null;
  url: string;
  outlet: string;
  title: string;
  author: string;
  publishedAt: string;
}

export interface DraftClaim {
  uid: string;
  id?: string;
  headline: string;
  body: Body;
}

export type Precision = "DAY" | "MONTH" | "YEAR";

export interface DraftEntry {
  uid: string;
  id?: string;
  date: string;
  precision: Precision;
  body: Body;
}

export interface Draft {
  title: string;
  slug: string;
  feedSlugs: string[];
  sources: DraftSource[];
  claims: DraftClaim[];
  timeline: DraftEntry[];
}

let counter = 0;
/** Unique within a page; crypto.randomUUID is not available on plain-http origins. */
export function newUid(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const emptyBody = (): Body => ({ type: "doc", content: [{ type: "paragraph" }] });

export function emptyDraft(): Draft {
  return { title: "", slug: "", feedSlugs: [], sources: [], claims: [], timeline: [] };
}

export function draftFromDocument(doc: StoryDocument): Draft {
  return {
    title: doc.title,
    slug: doc.slug ?? "",
    feedSlugs: [...doc.feedSlugs],
    sources: doc.sources.map((s) => ({
      key: s.key,
      serverKey: s.key,
      url: s.url ?? "",
      outlet: s.outlet ?? "",
      title: s.title ?? "",
      author: s.author ?? "",
      publishedAt: s.publishedAt ?? "",
    })),
    claims: doc.claims.map((c) => ({ uid: c.id ?? newUid("claim"), id: c.id, headline: c.headline, body: c.body as Body })),
    timeline: doc.timeline.map((t) => ({ uid: t.id ?? newUid("entry"), id: t.id, date: t.date, precision: t.precision, body: t.body as Body })),
  };
}

/** tiptap omits `content` on empty paragraphs; the stored form always has the array. */
export function normalizeBody(body: Body, keyMap?: Map<string, string>): StoryDocument["claims"][number]["body"] {
  const paragraphs = body.content?.length ? body.content : [{ type: "paragraph" }];
  return {
    type: "doc",
    content: paragraphs.map((p) => ({
      type: "paragraph" as const,
      content: (p.content ?? []).map((n) => {
        if (n.type !== "citation" || !keyMap) return n;
        const key = String((n.attrs as { sourceId?: unknown } | undefined)?.sourceId ?? "");
        return { type: "citation", attrs: { sourceId: keyMap.get(key) ?? key } };
      }),
    })),
  } as StoryDocument["claims"][number]["body"];
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The document to send: server keys where known, empty fields as null, bodies normalised. */
export function documentFromDraft(d: Draft): StoryDocumentInput {
  const keyMap = new Map(d.sources.map((s) => [s.key, s.serverKey ?? s.key]));
  return {
    title: d.title,
    ...(d.slug.trim() ? { slug: d.slug.trim() } : {}),
    feedSlugs: d.feedSlugs,
    sources: d.sources.map((s) => ({
      key: keyMap.get(s.key)!,
      url: orNull(s.url),
      outlet: orNull(s.outlet),
      title: orNull(s.title),
      author: orNull(s.author),
      publishedAt: orNull(s.publishedAt),
    })),
    claims: d.claims.map((c) => ({ ...(c.id ? { id: c.id } : {}), headline: c.headline, body: normalizeBody(c.body, keyMap) })),
    timeline: d.timeline.map((t) => ({ ...(t.id ? { id: t.id } : {}), date: t.date, precision: t.precision, body: normalizeBody(t.body, keyMap) })),
  };
}

/** Date order; entries on the same date keep their order (what the server stores too). */
export function sortTimeline<T extends { date: string }>(entries: T[]): T[] {
  return entries
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.date.localeCompare(b.t.date) || a.i - b.i)
    .map(({ t }) => t);
}

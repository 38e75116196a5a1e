// First: see the file (no eval probe under the admin CSP).
import "@/lib/validation/no-eval";
import { z } from "zod";

// The one rich-text schema (ProseMirror JSON as tiptap emits it) for claim bodies and timeline
// entries: paragraphs of text with bold, italic and links, hard breaks, and inline citations that
// point at a source of the story. Unknown nodes, marks and attributes are rejected, not kept.

export const MAX_DEPTH_NOTE = "paragraph > inline only";
export const MAX_TEXT = 20_000;

const SAFE_PROTOCOLS = ["http:", "https:", "mailto:"];
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

// Discriminated on `type`, so a known node with a bad field reports that field, and an unknown
// node says what is allowed instead of zod's bare "Invalid input".
const unknownType = (allowed: string) => ({ error: (iss: { code: string }) => (iss.code === "invalid_union" ? `unknown ${allowed}` : undefined) });

const mark = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }).strict(),
  z.object({ type: z.literal("italic") }).strict(),
  z
    .object({
      type: z.literal("link"),
      attrs: z.object({ href: z.string().max(2000).refine(isSafeHref, "links must be http, https or mailto") }).loose(),
    })
    .transform((m) => ({ type: "link" as const, attrs: { href: m.attrs.href } })),
], unknownType("mark (allowed: bold, italic, link)"));

const text = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1).max(MAX_TEXT),
    marks: z.array(mark).max(3).optional(),
  })
  .strict();
const citation = z
  .object({ type: z.literal("citation"), attrs: z.object({ sourceId: z.string().min(1).max(64) }).loose() })
  .strict()
  .transform((c) => ({ type: "citation" as const, attrs: { sourceId: c.attrs.sourceId } }));
const hardBreak = z.object({ type: z.literal("hardBreak") }).strict();

export const inlineSchema = z.discriminatedUnion("type", [text, citation, hardBreak], unknownType("inline node (allowed: text, citation, hardBreak)"));
export const paragraphSchema = z
  .object({ type: z.literal("paragraph"), content: z.array(inlineSchema).max(500).optional(), attrs: z.unknown().optional() })
  .strict()
  .transform((p) => ({ type: "paragraph" as const, content: p.content ?? [] }));

export const docSchema = z
  .object({ type: z.literal("doc"), content: z.array(paragraphSchema).min(1).max(50) })
  .strict()
  .refine((d) => plainText(d).length <= MAX_TEXT, `text is longer than ${MAX_TEXT} characters`);

export type RichDoc = z.output<typeof docSchema>;
export type RichInline = z.output<typeof inlineSchema>;

export function plainText(doc: { content: { content?: { type: string; text?: string }[] }[] }): string {
  return doc.content
    .map((p) => (p.content ?? []).map((n) => (n.type === "text" ? n.text : n.type === "hardBreak" ? " " : "")).join(""))
    .join("\n")
    .trim();
}

export function citedSourceIds(doc: RichDoc): string[] {
  const ids: string[] = [];
  for (const p of doc.content) for (const n of p.content) if (n.type === "citation" && !ids.includes(n.attrs.sourceId)) ids.push(n.attrs.sourceId);
  return ids;
}

export function paragraphDoc(inlines: RichInline[]): RichDoc {
  return { type: "doc", content: [{ type: "paragraph", content: inlines }] };
}

// First: see the file (no eval probe under the admin CSP).
import "@/lib/validation/no-eval";
import { z } from "zod";
import { docSchema } from "@/lib/richtext/schema";

// The story document as the editor sends it (and as revisions snapshot it). Citations inside
// bodies name a source by `key`: an existing Source id, or a temporary key for a source added in
// the same save. Used by the admin form, the server action, the importer and restore.

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD").refine((s) => !Number.isNaN(Date.parse(s + "T00:00:00Z")), "not a real date");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const sourceInput = z.object({
  key: z.string().min(1).max(64),
  url: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^https?:\/\//i.test(v), "URL must start with http:// or https://"),
  outlet: optionalText(200),
  title: optionalText(500),
  author: optionalText(200),
  publishedAt: isoDate.nullish().transform((v) => v ?? null),
});

export const claimInput = z.object({
  id: z.string().max(64).optional(),
  headline: z.string().trim().min(1, "Headline is required").max(200, "Headline is too long (200 characters at most)"),
  body: docSchema,
});

export const timelineInput = z.object({
  id: z.string().max(64).optional(),
  date: isoDate,
  precision: z.enum(["DAY", "MONTH", "YEAR"]),
  body: docSchema,
});

export const storyDocument = z
  .object({
    title: z.string().trim().min(1, "Title is required").max(300, "Title is too long (300 characters at most)"),
    slug: z.string().trim().max(100).regex(SLUG_RE, "lower-case letters, digits and single hyphens").optional(),
    feedSlugs: z.array(z.string().regex(SLUG_RE)).max(20).default([]),
    sources: z.array(sourceInput).max(300),
    claims: z.array(claimInput).max(100),
    timeline: z.array(timelineInput).max(300),
  })
  .superRefine((doc, ctx) => {
    const keys = new Set<string>();
    doc.sources.forEach((s, i) => {
      if (keys.has(s.key)) ctx.addIssue({ code: "custom", path: ["sources", i, "key"], message: "duplicate source" });
      keys.add(s.key);
    });
    const check = (body: z.output<typeof docSchema>, path: (string | number)[], what: string) => {
      const dangling = body.content.some((p) => p.content.some((n) => n.type === "citation" && !keys.has(n.attrs.sourceId)));
      if (dangling) ctx.addIssue({ code: "custom", path, message: `${what} cites a source that is not in this story` });
    };
    doc.claims.forEach((c, i) => check(c.body, ["claims", i, "body"], `Claim ${i + 1} ("${c.headline}")`));
    doc.timeline.forEach((t, i) => check(t.body, ["timeline", i, "body"], `Timeline entry ${i + 1} (${t.date})`));
  });

export type StoryDocument = z.output<typeof storyDocument>;
export type StoryDocumentInput = z.input<typeof storyDocument>;
export type SourceInput = z.output<typeof sourceInput>;

export const saveStoryInput = z.object({
  storyId: z.string().min(1).max(64).optional(),
  /** The version the editor loaded; required when updating. */
  baseVersion: z.number().int().min(1).optional(),
  document: storyDocument,
});
export type SaveStoryInput = z.input<typeof saveStoryInput>;

import { z } from "zod";
import { SLUG_RE } from "@/lib/stories/schema";

// Feeds as editors manage them. The slug is the feed's public address (/feeds/<slug>, RSS), so it
// is chosen once at creation and never changed by a rename.

const name = z.string().trim().min(1, "Name is required").max(80, "Name is too long (80 characters at most)");

export const createFeedInput = z.object({
  name,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(60, "Slug is too long (60 characters at most)")
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || SLUG_RE.test(v), "Slug: lower-case letters, digits and single hyphens"),
});
export type CreateFeedInput = z.input<typeof createFeedInput>;

export const renameFeedInput = z.object({ feedId: z.string().min(1).max(64), name });
export type RenameFeedInput = z.input<typeof renameFeedInput>;

/** The complete new order, so a reorder can never drop or duplicate a feed. */
export const reorderFeedsInput = z.object({
  feedIds: z
    .array(z.string().min(1).max(64))
    .min(1)
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, "A feed is listed twice"),
});
export type ReorderFeedsInput = z.input<typeof reorderFeedsInput>;

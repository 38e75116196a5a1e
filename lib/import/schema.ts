import { z } from "zod";

/** What a caller (the import and seed scripts, the dev runner) may ask of importStories. */
export const importOptions = z.object({
  feed: z.string().trim().min(1, "--feed needs a feed name or slug").max(100).optional(),
  status: z.enum(["publish", "draft"]),
  bulk: z.boolean().optional(),
});

// First: see the file (no eval probe under the admin CSP).
import "@/lib/validation/no-eval";
import { z } from "zod";

// Inputs of the editorial-safety actions (corrections, trash, scheduling), used by the server
// actions and re-checked by the lib functions.

const storyId = z.string().min(1).max(64);
const version = z.number().int().min(1);

export const CORRECTION_MAX = 1000;
export const correctStoryInput = z.object({
  storyId,
  baseVersion: version,
  note: z.string().trim().min(10, "Say what was wrong (10 characters at least)").max(CORRECTION_MAX, `A correction note has ${CORRECTION_MAX} characters at most`),
});

export const storyRefInput = z.object({ storyId });
export const deleteStoryInput = z.object({ storyId, baseVersion: version.optional() });

export const scheduleStoryInput = z.object({
  storyId,
  /** An ISO date-time with offset or Z (the browser converts the editor's local time). */
  at: z.iso.datetime({ offset: true, message: "Choose a date and time" }).transform((s) => new Date(s)),
});

/** Deleted stories stay recoverable this long; then they are purged for good. */
export const TRASH_DAYS = 30;
export const TRASH_MS = TRASH_DAYS * 24 * 60 * 60 * 1000;

import { z } from "zod";

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);

/** Restore `version` as a new revision on top of `baseVersion` (the version the editor sees). */
export const restoreRevisionInput = z.object({ storyId: id, version, baseVersion: version });
export type RestoreRevisionInput = z.input<typeof restoreRevisionInput>;

/** "Who changed what since": the version the editor loaded and the one that beat its save. */
export const conflictChangesInput = z.object({ storyId: id, fromVersion: version, toVersion: version });

export const revisionRef = z.object({ storyId: id, version });

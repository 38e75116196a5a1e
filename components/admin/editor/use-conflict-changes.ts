"use client";

import { useEffect, useState } from "react";
import { conflictChangesAction } from "@/app/(admin)/admin/stories/safety-actions";
import type { Conflict } from "./use-story-sync";

/**
 * "Who changed what since": when a save is refused, fetch what the newer version changed
 * compared with the version this editor loaded (both are stored revisions).
 */
export function useConflictChanges(storyId: string | null, baseVersion: number, conflict: Conflict | null): string[] | null {
  const [found, setFound] = useState<{ key: string; lines: string[] } | null>(null);
  const key = conflict && storyId ? `${storyId}:${baseVersion}:${conflict.currentVersion}` : null;
  useEffect(() => {
    if (!key || !conflict || !storyId || conflict.currentVersion <= baseVersion) return;
    let live = true;
    conflictChangesAction({ storyId, fromVersion: baseVersion, toVersion: conflict.currentVersion })
      .then((res) => live && res.ok && setFound({ key, lines: res.data }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, conflict, storyId, baseVersion]);
  return found && found.key === key ? found.lines : null;
}

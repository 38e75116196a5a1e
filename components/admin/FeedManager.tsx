"use client";

import { useState } from "react";
import { createFeedAction, renameFeedAction, reorderFeedsAction } from "@/app/(admin)/admin/feeds/actions";
import type { AdminFeed } from "@/lib/admin/list-feeds";
import { FeedRow } from "./FeedRow";
import { NewFeedForm } from "./NewFeedForm";

// The feed list with rename, reorder and create. Each change is one server action, which
// re-renders this page (revalidatePath), so the list shown is always what is stored.

export type RunFeedAction = (fn: () => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, string> }>, done: string) => Promise<Record<string, string> | null>;

export function FeedManager({ feeds, canManage }: { feeds: AdminFeed[]; canManage: boolean }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  const run: RunFeedAction = async (fn, done) => {
    setPending(true);
    const res = await fn().finally(() => setPending(false));
    if (!res.ok) {
      setMessage({ kind: "error", text: res.error ?? "Not saved." });
      return res.fieldErrors ?? {};
    }
    setMessage({ kind: "ok", text: done });
    return null;
  };

  const move = (i: number, by: -1 | 1) => {
    const ids = feeds.map((f) => f.id);
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    void run(() => reorderFeedsAction({ feedIds: ids }), `Moved “${feeds[i].name}” to position ${i + by + 1}.`);
  };

  return (
    <>
      <div role="alert">{message?.kind === "error" ? <p className="notice notice-error">{message.text}</p> : null}</div>
      <div role="status">{message?.kind === "ok" ? <p className="notice notice-ok">{message.text}</p> : null}</div>
      {feeds.length ? (
        <ol className="feed-rows" aria-busy={pending}>
          {feeds.map((f, i) => (
            <FeedRow
              key={f.id}
              feed={f}
              index={i}
              count={feeds.length}
              canManage={canManage}
              onRename={(name) => run(() => renameFeedAction({ feedId: f.id, name }), `Renamed to “${name.trim()}”.`)}
              onMove={(by) => move(i, by)}
            />
          ))}
        </ol>
      ) : (
        <p className="empty-state">No feeds yet.</p>
      )}
      {canManage ? <NewFeedForm onCreate={(input) => run(() => createFeedAction(input), `Created “${input.name.trim()}”.`)} /> : null}
    </>
  );
}

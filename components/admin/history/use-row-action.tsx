"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * One table row's action buttons: disabled while a call runs, and the refusal (or "could not
 * reach the server") shown next to them. On success the row leaves the page (navigation or
 * refresh), so the buttons stay disabled.
 */
export function useRowAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<ActionResult<unknown>>, onOk: () => void, describe: (f: Failure) => string = (f) => f.error) => {
    setBusy(true);
    setError(null);
    try {
      const res = await call();
      if (res.ok) return onOk();
      setError(describe(res));
    } catch {
      setError("Could not reach the server. Try again.");
    }
    setBusy(false);
  };
  const errorNote = error ? (
    <span role="alert" className="field-error">
      {error}
    </span>
  ) : null;
  return { busy, run, errorNote };
}

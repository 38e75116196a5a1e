import type { z } from "zod";
import type { Actor } from "@/lib/audit/record-audit";
import { requireActor, UnauthenticatedError } from "@/lib/auth/current-actor";
import { ForbiddenError, type Permission } from "@/lib/auth/permissions";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { ConflictError, PublishBlockedError, UserError, ValidationError, fieldErrorsFrom } from "@/lib/errors";
import { inputLimitProblem } from "./input-limits";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      code: "unauthenticated" | "forbidden" | "invalid" | "conflict" | "blocked" | "not_found" | "failed";
      fieldErrors?: Record<string, string>;
      problems?: string[];
      conflict?: { currentVersion: number; changedBy: string | null; changedAt: string | null };
    };

/**
 * Every server action goes through here: signed-in user with the permission (checked inside
 * the action, whatever the UI showed), input size cap, zod validation, then the lib function.
 * Known failures come back as data for the form; unknown ones are logged and said plainly.
 */
export async function runAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  input: unknown,
  fn: (actor: Actor & { name: string }, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const actor = await requireActor(permission);
    const tooBig = inputLimitProblem(input);
    if (tooBig) return { ok: false, code: "invalid", error: tooBig };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "invalid", error: `Not saved: ${parsed.error.issues[0]?.message ?? "invalid input"}.`, fieldErrors: fieldErrorsFrom(parsed.error.issues) };
    }
    return { ok: true, data: await fn(actor, parsed.data) };
  } catch (e) {
    return toFailure(e);
  }
}

export function toFailure(e: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (e instanceof UnauthenticatedError) return { ok: false, code: "unauthenticated", error: e.message };
  if (e instanceof ForbiddenError) return { ok: false, code: "forbidden", error: e.message };
  if (e instanceof ConflictError)
    return { ok: false, code: "conflict", error: e.message, conflict: { currentVersion: e.currentVersion, changedBy: e.changedBy, changedAt: e.changedAt?.toISOString() ?? null } };
  if (e instanceof PublishBlockedError) return { ok: false, code: "blocked", error: e.message, problems: e.problems };
  if (e instanceof ValidationError) return { ok: false, code: "invalid", error: e.message, fieldErrors: e.fieldErrors };
  if (e instanceof UserError) return { ok: false, code: "not_found", error: e.message };
  // Prisma wraps a dead database as P1001/P1017/…, not as the socket error's text: classify by code.
  // An outage is expected operations, not a bug: one line in the log instead of a stack per request.
  if (isDatabaseUnavailable(e)) {
    console.error(`[action] database unavailable: ${String((e as Error)?.message ?? e).trim().split("\n").at(-1)}`);
    return { ok: false, code: "failed", error: DATABASE_UNAVAILABLE_MESSAGE };
  }
  console.error("[action] unexpected failure", e);
  return { ok: false, code: "failed", error: "Something went wrong and nothing was saved. Try again." };
}

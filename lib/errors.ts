// Errors that carry a message meant for the person who caused them. Server actions turn these
// into form errors; anything else is logged and shown as a generic failure.

export class UserError extends Error {}

export class ValidationError extends UserError {
  constructor(
    message: string,
    public fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends UserError {}

export class ConflictError extends UserError {
  constructor(
    public currentVersion: number,
    public changedBy: string | null,
    public changedAt: Date | null,
  ) {
    super(
      `Someone else saved this story since you opened it (now version ${currentVersion}` +
        `${changedBy ? `, by ${changedBy}` : ""}). Reload to see their changes, or reapply yours on top.`,
    );
  }
}

export class PublishBlockedError extends UserError {
  constructor(public problems: string[]) {
    super(`This story cannot be published yet:\n- ${problems.join("\n- ")}`);
  }
}

/** zod issues → "field.path": message, for forms. */
export function fieldErrorsFrom(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const key = i.path.map(String).join(".") || "_";
    out[key] ??= i.message;
  }
  return out;
}

/** Input through a zod schema, or a ValidationError naming the first problem and every field. */
export function parseInput<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new ValidationError(r.error.issues[0]?.message ?? "invalid input", fieldErrorsFrom(r.error.issues));
  return r.data;
}

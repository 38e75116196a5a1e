import type { RevisionKind } from "@/lib/generated/prisma/enums";

export const KIND_LABEL: Record<RevisionKind, string> = {
  IMPORT: "Imported",
  SAVE: "Saved",
  PUBLISH: "Published",
  UNPUBLISH: "Unpublished",
  RESTORE: "Restored an older version",
  CORRECTION: "Published a correction",
  DELETE: "Moved to the trash",
  UNDELETE: "Restored from the trash",
};

export const adminDateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
export const formatUtc = (d: Date) => `${adminDateTime.format(d)} UTC`;

const auditTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" });
/** Audit entries come in bursts: seconds matter there. */
export const formatUtcSeconds = (d: Date) => `${auditTime.format(d)} UTC`;

/** An audit entry's data as "key: value · key: value" (strings unquoted). */
export function describeData(data: unknown): string {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data == null ? "" : JSON.stringify(data);
  return Object.entries(data as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" · ");
}

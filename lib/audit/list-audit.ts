import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Actor } from "./record-audit";
import { assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

// The audit log viewer's read: filter by actor, action and date range, newest first, paged by a
// keyset cursor on (at, id) so a deep page costs what the first one does. Read-only: the table
// itself refuses UPDATE and DELETE (trigger in the first migration).

export const AUDIT_PAGE_SIZE = 50;
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s + "T00:00:00Z")));

/** The viewer's querystring; anything malformed is ignored rather than an error page. */
export const auditFilters = z.object({
  actor: z.preprocess(one, z.string().trim().max(320).optional().catch(undefined)),
  action: z.preprocess(one, z.string().trim().max(100).regex(/^[a-z_.]*$/).optional().catch(undefined)),
  from: z.preprocess(one, day.optional().catch(undefined)),
  to: z.preprocess(one, day.optional().catch(undefined)),
  before: z.preprocess(one, z.string().max(100).regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z_[a-z0-9]+$/i).optional().catch(undefined)),
});
export type AuditFilters = z.output<typeof auditFilters>;

export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  data: unknown;
  ip: string | null;
}

export async function listAudit(actor: Actor, f: AuditFilters): Promise<{ rows: AuditRow[]; next: string | null }> {
  assertCan(actor.role, "audit.read");
  const and: Prisma.AuditEventWhereInput[] = [];
  if (f.actor) and.push({ actorEmail: { contains: f.actor, mode: "insensitive" } });
  if (f.action) and.push(f.action.endsWith(".") ? { action: { startsWith: f.action } } : { action: f.action });
  if (f.from) and.push({ at: { gte: new Date(f.from + "T00:00:00Z") } });
  if (f.to) and.push({ at: { lt: new Date(new Date(f.to + "T00:00:00Z").getTime() + 86_400_000) } });
  if (f.before) {
    const [iso, id] = f.before.split("_");
    const at = new Date(iso);
    and.push({ OR: [{ at: { lt: at } }, { at, id: { lt: id } }] });
  }
  const events = await prisma().auditEvent.findMany({
    where: { AND: and },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  const rows = events.slice(0, AUDIT_PAGE_SIZE).map((e) => ({
    id: e.id,
    at: e.at,
    actor: e.actorEmail ?? "system",
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    data: e.data,
    ip: e.ip,
  }));
  const last = events.length > AUDIT_PAGE_SIZE ? rows[rows.length - 1] : null;
  return { rows, next: last ? `${last.at.toISOString()}_${last.id}` : null };
}

/** Every action name that occurs, for the filter's list (small: one row per kind of action). */
export async function listAuditActions(actor: Actor): Promise<string[]> {
  assertCan(actor.role, "audit.read");
  const rows = await prisma().$queryRaw<{ action: string }[]>`SELECT DISTINCT action FROM "AuditEvent" ORDER BY action`;
  return rows.map((r) => r.action);
}

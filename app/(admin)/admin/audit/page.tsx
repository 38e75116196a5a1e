import type { Metadata } from "next";
import Link from "next/link";
import { describeData, formatUtcSeconds } from "@/components/admin/history/revision-labels";
import { auditFilters, listAudit, listAuditActions } from "@/lib/audit/list-audit";
import { requirePageActor } from "@/lib/admin/page-actor";
import { can } from "@/lib/auth/permissions";
import "@/components/admin/history/history.css";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const entityHref = (type: string, id: string | null) => (id && type === "story" ? `/admin/stories/${id}/history` : null);

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requirePageActor("/admin/audit");
  if (!can(actor.role, "audit.read")) {
    return (
      <>
        <h1>Audit log</h1>
        <p className="empty-state">Only admins can read the audit log.</p>
      </>
    );
  }
  const f = auditFilters.parse(await searchParams);
  const [{ rows, next }, actions] = await Promise.all([listAudit(actor, f), listAuditActions(actor)]);
  const filtered = !!(f.actor || f.action || f.from || f.to);
  const nextHref = () => {
    const q = new URLSearchParams();
    for (const k of ["actor", "action", "from", "to"] as const) if (f[k]) q.set(k, f[k]!);
    q.set("before", next!);
    return `/admin/audit?${q}`;
  };
  return (
    <>
      <div className="page-head">
        <h1>Audit log</h1>
      </div>
      <p className="help page-help">Every sign-in, publish, deletion, restore and user change, newest first. Entries cannot be changed or deleted.</p>
      <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit log" className="filters">
        <div className="field">
          <label htmlFor="audit-actor">Who (email)</label>
          <input id="audit-actor" name="actor" type="search" defaultValue={f.actor ?? ""} maxLength={320} />
        </div>
        <div className="field">
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" name="action" defaultValue={f.action ?? ""}>
            <option value="">Any action</option>
            {[...new Set(actions.map((a) => a.split(".")[0] + "."))].map((p) => (
              <option key={p} value={p}>
                All {p}*
              </option>
            ))}
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" name="from" type="date" defaultValue={f.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" name="to" type="date" defaultValue={f.to ?? ""} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="btn">
            Filter
          </button>
          {filtered ? (
            <Link href="/admin/audit" className="btn btn-quiet">
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      {rows.length ? (
        <table className="story-table audit-table">
          <caption className="sr-only">Audit entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">What</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const href = entityHref(r.entityType, r.entityId);
              const data = describeData(r.data);
              const d = (r.data ?? {}) as { title?: unknown; slug?: unknown; email?: unknown };
              const name = typeof d.title === "string" ? d.title : typeof d.email === "string" ? d.email : typeof d.slug === "string" ? d.slug : null;
              return (
                <tr key={r.id}>
                  <td data-label="When">
                    <time dateTime={r.at.toISOString()}>{formatUtcSeconds(r.at)}</time>
                  </td>
                  <td data-label="Who">
                    {r.actor}
                    {r.ip ? <span className="admin-muted"> · {r.ip}</span> : null}
                  </td>
                  <td data-label="Action" className="audit-action">
                    {r.action}
                  </td>
                  <td data-label="What">
                    {href ? <Link href={href}>{r.entityType}</Link> : r.entityType}
                    {name ? <span className="admin-muted"> · {name}</span> : null}
                  </td>
                  <td data-label="Details">{data ? <span className="audit-data">{data}</span> : <span className="admin-muted">—</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="empty-state">{filtered ? "No entries match these filters." : "No entries yet."}</p>
      )}
      {f.before || next ? (
        <nav className="pager" aria-label="Pages">
          {f.before ? <Link href={filtered ? `/admin/audit?${new URLSearchParams(Object.entries(f).filter(([k, v]) => k !== "before" && v) as [string, string][])}` : "/admin/audit"}>← Newest</Link> : <span />}
          {next ? <Link href={nextHref()}>Older →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

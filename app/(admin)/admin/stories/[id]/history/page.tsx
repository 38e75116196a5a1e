import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreRevisionButton } from "@/components/admin/history/RestoreRevisionButton";
import { RevisionDiff } from "@/components/admin/history/RevisionDiff";
import { formatUtc, KIND_LABEL } from "@/components/admin/history/revision-labels";
import { requirePageActor } from "@/lib/admin/page-actor";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { compareParams, compareRevisions, listRevisions } from "@/lib/revisions/list-revisions";
import "@/components/admin/history/history.css";

export const metadata: Metadata = { title: "Story history" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StoryHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/stories/${encodeURIComponent(id)}/history`);
  const history = await listRevisions(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { story, revisions } = history;
  const versions = revisions.map((r) => r.version);
  const q = compareParams.parse(await searchParams);
  const latest = versions[0];
  const to = q.to && versions.includes(q.to) ? q.to : latest;
  const from = q.from && versions.includes(q.from) ? q.from : (versions.find((v) => v < to) ?? to);
  const diff = from !== to ? await compareRevisions(actor, id, from, to) : null;
  const canRestore = can(actor.role, "story.edit") && !story.deletedAt;
  const option = (v: number) => {
    const r = revisions.find((x) => x.version === v)!;
    return (
      <option key={v} value={v}>
        v{v} · {KIND_LABEL[r.kind]} · {formatUtc(r.createdAt)}
      </option>
    );
  };

  return (
    <div className="history-page">
      <div className="page-head">
        <h1>
          History: <span className="history-title">{story.title}</span>
        </h1>
        {story.deletedAt ? (
          <Link href="/admin/trash" className="btn">
            Back to trash
          </Link>
        ) : (
          <Link href={`/admin/stories/${story.id}`} className="btn">
            Back to editor
          </Link>
        )}
      </div>
      <p className="help page-help">
        Version {story.version} is the working copy.{" "}
        {story.publishedVersion ? <>Readers see version {story.publishedVersion}.</> : <>Readers see no version of this story.</>}{" "}
        Restoring makes an older version the working copy again as a new version; readers see it only once it is published.
      </p>
      {story.deletedAt ? (
        <p className="banner" role="status">
          This story is in the trash. Restore it from the trash to edit it again.
        </p>
      ) : null}

      <section className="panel" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare versions</h2>
        <form method="get" className="compare-form">
          <div className="field">
            <label htmlFor="compare-from">Older</label>
            <select id="compare-from" name="from" defaultValue={from}>
              {versions.map(option)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="compare-to">Newer</label>
            <select id="compare-to" name="to" defaultValue={to}>
              {versions.map(option)}
            </select>
          </div>
          <button type="submit" className="btn">
            Compare
          </button>
        </form>
        {diff ? (
          <>
            <p className="compare-caption" aria-live="polite">
              Changes from version {from} to version {to}
            </p>
            <RevisionDiff diff={diff} from={from} to={to} />
          </>
        ) : (
          <p className="admin-muted">Choose two different versions to see what changed.</p>
        )}
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">All versions</h2>
        <table className="story-table revision-table">
          <caption className="sr-only">Versions of this story, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">What</th>
              <th scope="col">Who</th>
              <th scope="col">When</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r, i) => {
              const previous = revisions[i + 1]?.version;
              return (
                <tr key={r.version} className={r.version === story.publishedVersion ? "revision-live" : undefined}>
                  <th scope="row">
                    v{r.version}
                    {r.version === story.version ? <span className="revision-tag">working copy</span> : null}
                    {r.version === story.publishedVersion ? <span className="revision-tag revision-tag-live">live</span> : null}
                  </th>
                  <td data-label="What">
                    {KIND_LABEL[r.kind]}
                    {r.note ? <span className="revision-note"> — {r.note}</span> : null}
                  </td>
                  <td data-label="Who">{r.authorName ?? <span className="admin-muted">System</span>}</td>
                  <td data-label="When">
                    <time dateTime={r.createdAt.toISOString()}>{formatUtc(r.createdAt)}</time>
                  </td>
                  <td className="revision-actions">
                    {previous ? (
                      <Link href={`?from=${previous}&to=${r.version}`} className="btn btn-quiet btn-small" aria-label={`Changes in version ${r.version}`}>
                        Changes
                      </Link>
                    ) : null}
                    {canRestore && r.version !== story.version ? <RestoreRevisionButton storyId={story.id} version={r.version} currentVersion={story.version} /> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}

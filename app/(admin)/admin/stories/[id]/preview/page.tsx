import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimList } from "@/components/public/ClaimList";
import { SourceList } from "@/components/public/SourceList";
import { StoryHeader } from "@/components/public/StoryHeader";
import { Timeline } from "@/components/public/Timeline";
import { requirePageActor } from "@/lib/admin/page-actor";
import { previewStory } from "@/lib/admin/preview-story";
import { NotFoundError } from "@/lib/errors";

// The working copy through the public components and the same view builder publishing uses:
// what readers would see if this version were published now. Signed-in users only (the admin
// layout, this page's own check, and proxy.ts); never cached, never indexed.

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

export default async function PreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/stories/${encodeURIComponent(id)}/preview`);
  const p = await previewStory(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const sources = new Map(p.view.sources.map((s) => [s.n, s]));
  return (
    <>
      <div className="banner banner-preview" role="note">
        <p>
          <strong>Preview</strong> of the saved working copy (version {p.version}, {p.status.toLowerCase()}). Unsaved edits are not shown.{" "}
          <Link href={`/admin/stories/${id}`}>Back to the editor</Link>
        </p>
        {p.problems.length ? <p>Not publishable yet: {p.problems.length} problem{p.problems.length === 1 ? "" : "s"} (see the editor).</p> : null}
      </div>
      <div className="preview-frame">
        <article className="story page site-main">
          <StoryHeader title={p.view.title} articleCount={p.view.articleCount} lastUpdatedAt={p.lastUpdatedAt} feeds={p.view.feeds} now={new Date()} />
          <ClaimList claims={p.view.claims} sources={sources} />
          <SourceList sources={p.view.sources} articleCount={p.view.articleCount} />
          <Timeline entries={p.view.timeline} sources={sources} />
        </article>
      </div>
    </>
  );
}

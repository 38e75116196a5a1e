import type { PublicSource } from "@/lib/stories/public-view";

// A citation "[n]" links to the numbered source entry further down the page. Hovering or
// focusing it previews outlet and headline; the preview is plain CSS (:hover / :focus-within),
// tied to the link with aria-describedby so screen readers announce it too.

export function sourcePreview(n: number, source: PublicSource | undefined): string {
  if (!source || (!source.outlet && !source.title)) return `Source ${n}: details pending`;
  return [source.outlet, source.title].filter(Boolean).join(": ");
}

export function Citation({ n, source, tipId }: { n: number; source: PublicSource | undefined; tipId: string }) {
  return (
    <span className="cite">
      <a className="cite-link" href={`#source-${n}`} aria-describedby={tipId}>
        [{n}]
      </a>
      <span className="cite-tip" role="tooltip" id={tipId}>
        {sourcePreview(n, source)}
      </span>
    </span>
  );
}

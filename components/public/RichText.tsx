import { Fragment, type ReactNode } from "react";
import { isSafeHref } from "@/lib/richtext/schema";
import type { PublicInline, PublicParagraph, PublicSource } from "@/lib/stories/public-view";
import { Citation } from "./Citation";

// The whitelist renderer for stored story text. It knows four things — text, bold, italic, links
// (http/https/mailto only) — plus line breaks and citations; anything else in the JSON is ignored.
// Text always goes through React's escaping; no HTML string is ever produced or injected.

export const LINK_REL = "noopener noreferrer nofollow";

interface Props {
  paragraphs: PublicParagraph[];
  sources: Map<number, PublicSource>;
  /** Unique per block on the page, so citation tooltip ids never collide. */
  idPrefix: string;
  /** Render the paragraphs inline (timeline entries sit after their date). */
  inline?: boolean;
}

function renderInline(node: PublicInline, key: string, sources: Map<number, PublicSource>): ReactNode {
  if (!node || typeof node !== "object") return null;
  if (node.t === "br") return <br key={key} />;
  if (node.t === "cite") {
    return Number.isInteger(node.n) && node.n > 0 ? <Citation key={key} n={node.n} source={sources.get(node.n)} tipId={`tip-${key}`} /> : null;
  }
  if (node.t !== "text" || typeof node.text !== "string") return null;
  let out: ReactNode = node.text;
  if (node.italic) out = <em>{out}</em>;
  if (node.bold) out = <strong>{out}</strong>;
  if (typeof node.href === "string" && isSafeHref(node.href)) {
    out = (
      <a href={node.href} rel={LINK_REL}>
        {out}
      </a>
    );
  }
  return <Fragment key={key}>{out}</Fragment>;
}

export function RichText({ paragraphs, sources, idPrefix, inline = false }: Props) {
  const list = Array.isArray(paragraphs) ? paragraphs : [];
  const rendered = list.map((p, pi) => {
    const children = groupCitations((Array.isArray(p) ? p : []).map((n, ni) => [n, renderInline(n, `${idPrefix}-${pi}-${ni}`, sources)]), `${idPrefix}-${pi}`);
    return inline ? (
      <span key={pi} className="para">
        {pi > 0 ? " " : null}
        {children}
      </span>
    ) : (
      <p key={pi}>{children}</p>
    );
  });
  return <>{rendered}</>;
}

/** Runs of adjacent citations (`[1][4]`) stay on one line instead of wrapping between numbers. */
function groupCitations(items: [PublicInline, ReactNode][], key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let run: ReactNode[] = [];
  const flush = () => {
    if (run.length > 1) out.push(<span key={`${key}-run${out.length}`} className="cite-run">{run}</span>);
    else out.push(...run);
    run = [];
  };
  for (const [node, rendered] of items) {
    if (node && typeof node === "object" && node.t === "cite" && rendered) run.push(rendered);
    else {
      flush();
      out.push(rendered);
    }
  }
  flush();
  return out;
}

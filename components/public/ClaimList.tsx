import type { PublicClaim, PublicSource } from "@/lib/stories/public-view";
import { NewFlag } from "./NewFlag";
import { RichText } from "./RichText";

// The story's claims in published order: a bold one-line headline (a real heading, so screen
// reader users can jump between claims) and the cited body.

export function ClaimList({ claims, sources }: { claims: PublicClaim[]; sources: Map<number, PublicSource> }) {
  if (!claims.length) return null;
  return (
    <div className="claims">
      {claims.map((c, i) => (
        <section key={c.id ?? i} className="claim" data-nid={c.id} aria-labelledby={`claim-${i + 1}`}>
          <h2 className="claim-headline" id={`claim-${i + 1}`}>
            {c.headline} <NewFlag />
          </h2>
          <RichText paragraphs={c.body} sources={sources} idPrefix={`c${i + 1}`} />
        </section>
      ))}
    </div>
  );
}

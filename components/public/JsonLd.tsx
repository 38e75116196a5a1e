import { serializeJsonLd } from "@/lib/public/json-ld";

// React writes a <script>'s string child verbatim; serializeJsonLd has already escaped every
// character that could end the element early, so no raw-HTML escape hatch is needed.
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json">{serializeJsonLd(data)}</script>;
}

import { formatPrecisionDate, precisionDateTimeAttr } from "@/lib/public/format-date";
import type { PublicSource, PublicTimelineEntry } from "@/lib/stories/public-view";
import { NewFlag } from "./NewFlag";
import { RichText } from "./RichText";

// Dated entries, each date shown only as precisely as it is known: "Jan 12 2026", "Jan 2026", "2026".

export function Timeline({ entries, sources }: { entries: PublicTimelineEntry[]; sources: Map<number, PublicSource> }) {
  if (!entries.length) return null;
  return (
    <section className="timeline" aria-labelledby="timeline">
      <h2 id="timeline">Timeline</h2>
      <ol className="timeline-list">
        {entries.map((e, i) => (
          <li key={e.id ?? i} data-nid={e.id}>
            <time className="timeline-date" dateTime={precisionDateTimeAttr(e.date, e.precision)}>
              {formatPrecisionDate(e.date, e.precision)}
            </time>{" "}
            <NewFlag />
            <div className="timeline-body">
              <RichText paragraphs={e.body} sources={sources} idPrefix={`t${i + 1}`} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

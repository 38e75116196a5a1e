import { formatDateTime, formatRelative } from "@/lib/public/format-date";

// "3 hours ago (Jan 14 2026, 09:30 UTC)" in one <time>. Relative time helps scanning; the
// absolute time is there because cached HTML can be minutes old and readers compare dates.

export function TimeStamp({ at, now, className }: { at: string; now: Date; className?: string }) {
  const absolute = formatDateTime(at);
  return (
    <time dateTime={at} className={className} title={absolute}>
      {formatRelative(at, now)} <span className="abs-time">({absolute})</span>
    </time>
  );
}

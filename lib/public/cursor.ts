// Keyset pagination cursor: the (lastUpdatedAt, storyId) of the last story on a page, so the next
// page is "rows after this one" in the index order — the cost stays flat however deep a reader
// goes, unlike OFFSET. Encoded compactly and URL-safely; anything malformed decodes to null.

export interface Cursor {
  lastUpdatedAt: Date;
  storyId: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MS = /^[0-9a-z]{1,12}$/;
// Year 1 to 9999, which covers every timestamp Postgres will hand back to us.
const MAX_MS = 253402300799999;

export function encodeCursor(c: Cursor): string {
  return `${c.lastUpdatedAt.getTime().toString(36)}.${c.storyId}`;
}

export function decodeCursor(raw: unknown): Cursor | null {
  if (typeof raw !== "string" || raw.length > 80) return null;
  const dot = raw.indexOf(".");
  if (dot < 1) return null;
  const ms = raw.slice(0, dot);
  const storyId = raw.slice(dot + 1);
  if (!MS.test(ms) || !ID.test(storyId)) return null;
  const n = parseInt(ms, 36);
  if (!Number.isSafeInteger(n) || n > MAX_MS) return null;
  return { lastUpdatedAt: new Date(n), storyId };
}

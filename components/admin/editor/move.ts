/** The list with the matching item moved one place up (-1) or down (1); unchanged at an end. */
export function moveBy<T>(list: T[], match: (t: T) => boolean, by: -1 | 1): T[] {
  const i = list.findIndex(match);
  const j = i + by;
  if (i < 0 || j < 0 || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/**
 * After a move, React re-inserts some list items, and a re-inserted element loses focus. Put the
 * keyboard focus back on the button that was pressed (or its twin when that one became disabled).
 */
export function refocusSoon(id: string, fallbackId: string): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id) as HTMLButtonElement | null;
    const target = el && !el.disabled ? el : (document.getElementById(fallbackId) as HTMLButtonElement | null);
    target?.focus();
  });
}

// Hidden by default: NewSinceLastVisit reveals it on items the reader has not seen before.
// Without JavaScript nothing is marked, which is the honest fallback.
export function NewFlag() {
  return (
    <span className="new-flag" hidden>
      New
    </span>
  );
}

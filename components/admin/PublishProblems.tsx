/** What keeps the story from readers, updated as the writer types (the server's own rules). */
export function PublishProblems({ problems, serverProblems }: { problems: string[]; serverProblems: string[] }) {
  const all = [...new Set([...serverProblems, ...problems])];
  return (
    <section className={all.length ? "panel problems" : "panel problems problems-ok"} aria-labelledby="problems-h">
      <h2 id="problems-h">{all.length ? `Before publishing (${all.length})` : "Ready to publish"}</h2>
      {all.length ? (
        <ul>
          {all.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p className="admin-muted">Every claim cites a source and every source is complete.</p>
      )}
    </section>
  );
}

import { citedSourceIds } from "@/lib/richtext/schema";
import { isIncomplete, type LoadedStory } from "./load-story";

/** "outlet, headline and URL": what an incomplete source still lacks, in the editor's words. */
function missingFields(s: { url: string | null; outlet: string | null; title: string | null }): string {
  const missing = [!s.outlet && "outlet", !s.title && "headline", !s.url && "URL"].filter((x): x is string => !!x);
  return missing.length > 1 ? `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}` : missing[0];
}

/** Everything that keeps a story from readers, in words an editor can act on. */
export function publishProblems(story: LoadedStory, opts: { allowIncompleteSources?: boolean } = {}): string[] {
  const doc = story.document;
  const problems: string[] = [];
  const keys = new Set(doc.sources.map((s) => s.key));
  if (!doc.title.trim()) problems.push("The story has no title.");
  if (doc.claims.length === 0) problems.push("The story has no claims.");
  doc.claims.forEach((c, i) => {
    const cited = citedSourceIds(c.body);
    const name = c.headline.trim() ? `Claim ${i + 1} ("${c.headline.trim()}")` : `Claim ${i + 1}`;
    if (!c.headline.trim()) problems.push(`Claim ${i + 1} has no headline.`);
    if (cited.length === 0) problems.push(`${name} cites no source.`);
    if (cited.some((id) => !keys.has(id))) problems.push(`${name} cites a source that is not in the story.`);
  });
  doc.timeline.forEach((t, i) => {
    if (citedSourceIds(t.body).some((id) => !keys.has(id))) problems.push(`Timeline entry ${i + 1} (${t.date}) cites a source that is not in the story.`);
  });
  if (!opts.allowIncompleteSources)
    doc.sources.forEach((s, i) => {
      if (isIncomplete(s)) problems.push(`Source ${i + 1} is incomplete: add its ${missingFields(s)} under Sources.`);
    });
  return problems;
}

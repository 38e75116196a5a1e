import { HttpEditor } from "./http-editor";
import { EDITOR_PASSWORD, editorEmail } from "./setup";

// Editors working flat out over HTTP: each changes a claim headline to a unique marker, saves
// against the version it holds, and publishes every 4th save. Editors 3 and 4 share a story, so
// conflicts happen and must be refused (never silently overwritten). Every acknowledged save is
// remembered, to be looked up in the revision history afterwards.

interface EditorStory {
  id: string;
  version: number;
  document: { claims: { headline: string }[] };
}

export interface Ack {
  storyId: string;
  version: number;
  claim: number;
  marker: string;
}

export interface EditorStats {
  attempted: number;
  acks: Ack[];
  conflicts: number;
  failures: string[];
  publishes: number;
  publishFailures: string[];
  saveMs: number[];
}

export async function runEditors(base: string, ids: Map<string, string>, storyIds: string[], until: number): Promise<EditorStats> {
  const stats: EditorStats = { attempted: 0, acks: [], conflicts: 0, failures: [], publishes: 0, publishFailures: [], saveMs: [] };
  const run = Date.now().toString(36);
  const one = async (i: number) => {
    const storyId = storyIds[Math.min(i, 3)];
    const page = `/admin/stories/${storyId}`;
    const ed = new HttpEditor(base, ids);
    await ed.signIn(editorEmail(i), EDITOR_PASSWORD);
    const reload = async () => (await ed.action("loadStoryAction", { storyId }, page)).data as EditorStory;
    let story = await reload();
    for (let k = 0; Date.now() < until; k++) {
      const claim = k % story.document.claims.length;
      const marker = `Editor ${i} save ${k} ${run}`;
      const claims = story.document.claims.map((c, j) => (j === claim ? { ...c, headline: marker } : c));
      stats.attempted++;
      const t0 = performance.now();
      const r = await ed.action("saveStoryAction", { storyId, baseVersion: story.version, document: { ...story.document, claims } }, page);
      stats.saveMs.push(performance.now() - t0);
      if (r.ok) {
        story = r.data as EditorStory;
        stats.acks.push({ storyId, version: story.version, claim, marker });
      } else if (r.code === "conflict") {
        stats.conflicts++;
        story = await reload();
        continue;
      } else {
        stats.failures.push(`${r.code} (HTTP ${r.status}): ${r.error}`);
        story = await reload();
        continue;
      }
      if (k % 4 === 3) {
        const p = await ed.action("publishStoryAction", { storyId, baseVersion: story.version }, page);
        if (p.ok) {
          stats.publishes++;
          story = p.data as EditorStory;
        } else if (p.code === "conflict") story = await reload();
        else stats.publishFailures.push(`${p.code}: ${p.error}`);
      }
    }
  };
  await Promise.all([0, 1, 2, 3, 4].map(one));
  return stats;
}

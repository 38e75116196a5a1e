import type { ParsedStory, Segment } from "@/lib/seeds/types";

// A synthetic newsroom of N stories shaped like the seed: 6 claims, 6 sources, 5 timeline
// entries, spread over 12 feeds. Deterministic, so runs are comparable.

export const FEEDS = ["World", "Politics", "Business", "Technology", "Science", "Health", "Sports", "Culture", "Climate", "Asia", "Europe", "Americas"];
const WORDS = "harbour council vote trade summit court ruling storm coast market rally probe energy grid ferry talks budget strike vaccine orbit".split(" ");

function sentence(i: number, j: number): string {
  const w = (k: number) => WORDS[(i * 7 + j * 3 + k) % WORDS.length];
  return `Officials said the ${w(1)} and the ${w(2)} shaped the ${w(3)} after the ${w(4)} on day ${j + 1} of story ${i}.`;
}

function para(i: number, j: number, cites: number[]): Segment[] {
  const segs: Segment[] = [];
  for (let k = 0; k < 2; k++) {
    segs.push({ type: "text", text: (k ? " " : "") + sentence(i, j + k) });
    segs.push({ type: "cite", n: cites[k % cites.length] });
  }
  return segs;
}

export function makeStory(i: number): ParsedStory {
  const segText = (s: Segment[]) => s.map((x) => (x.type === "text" ? x.text : "")).join("");
  // What the parser reports for a paragraph: its distinct citation numbers, ascending.
  const cited = (s: Segment[]) => [...new Set(s.flatMap((x) => (x.type === "cite" ? [x.n] : [])))].sort((a, b) => a - b);
  const claims = Array.from({ length: 6 }, (_, j) => {
    const segments = para(i, j, [(j % 6) + 1, ((j + 2) % 6) + 1]);
    return { headline: `Claim ${j + 1} of Story ${i} on ${WORDS[(i + j) % WORDS.length]}`, body: segText(segments), citations: cited(segments), segments, line: 0 };
  });
  const timeline = Array.from({ length: 5 }, (_, j) => {
    const segments = para(i, j + 10, [(j % 6) + 1]);
    const day = String((j % 28) + 1).padStart(2, "0");
    return { date: `2026-01-${day}`, precision: "day" as const, text: segText(segments), citations: cited(segments), segments, line: 0 };
  });
  return {
    file: `bench-${i}.txt`,
    feed: FEEDS[i % FEEDS.length],
    title: `Bench story ${i}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]} in focus`,
    line: 3,
    slug: `bench-story-${i}`,
    articleCount: 6,
    claims,
    sources: Array.from({ length: 6 }, (_, j) => ({
      number: j + 1,
      outlet: `Outlet ${(i + j) % 40}`,
      title: `Report ${j + 1} on story ${i}`,
      url: `https://outlet${(i + j) % 40}.example/news/${i}/${j}`,
      publishedAt: "2026-01-12",
      incomplete: false,
      line: 0,
    })),
    timeline,
    warnings: [],
  };
}

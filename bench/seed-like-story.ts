import fs from "node:fs";

// Story-page text of the seed's size and shape (seeds/000): 4 articles, 5 claims, 4 timeline
// entries. Titles, claim order and sources vary with `i`; every other file lists its sources.

const SEED = fs.readFileSync("seeds/000_c5bc34af602a9b8c.txt", "utf8").replace(/\r\n?/g, "\n");
const paras = SEED.split(/\n{2,}/).map((p) => p.trim());
const claims = paras.slice(paras.findIndex((p) => /^Updated/.test(p)) + 1, paras.findIndex((p) => /^Sources/.test(p)));
const timeline = paras.slice(paras.findIndex((p) => p === "Timeline") + 1);

const PLACES = ["Nara", "Lisbon", "Nairobi", "Quito", "Oslo", "Hanoi", "Accra", "Tbilisi", "Perth", "Montreal", "Dakar", "Busan"];
const TOPICS = ["Trade Pact", "Grid Upgrade", "Flood Defences", "Rail Link", "Vaccine Drive", "Port Expansion", "Climate Fund", "Chip Plant"];
const VERBS = ["Deepens", "Revives", "Tests", "Reshapes", "Secures", "Delays"];
const OUTLETS = ["Reuters", "AP News", "BBC News", "Nikkei Asia", "Al Jazeera", "The Guardian"];

function sourceLines(i: number): string {
  return [1, 2, 3, 4]
    .map((n) => {
      const outlet = OUTLETS[(i + n) % OUTLETS.length];
      return `[${n}] ${outlet} — Report ${n} on story ${i} — https://news${(i + n) % 50}.example/${i}/${n} — 2026-01-1${n}`;
    })
    .join("\n");
}

export function seedLikeStory(i: number): string {
  const title = `${PLACES[i % PLACES.length]} ${TOPICS[(i >> 2) % TOPICS.length]} ${VERBS[i % VERBS.length]} Regional Ties, Talks Round ${i}`;
  const rot = i % claims.length;
  const ordered = [...claims.slice(rot), ...claims.slice(0, rot)];
  const sources = i % 2 ? ["Sources (4 articles)", sourceLines(i)] : ["Sources (4 articles)"];
  return [i % 3 ? "Top Headlines" : "World", "Feeds", title, "Updated (4 articles)", ...ordered, ...sources, "Timeline", ...timeline].join("\n\n") + "\n";
}

// Test-only helper for looking at the reader pages before the seed importer works:
//   npx tsx tests/integration/public/dev-fixture.ts   (prints a DATABASE_URL, keeps the DB running)
// then `DATABASE_URL=… npx next dev -p 3200`. Uses its own embedded PostgreSQL under .data/public-dev.
import { ensureDatabase, startEmbedded } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { cited, ensureFeed, insertPublicStory, seedStoryView } from "./public-fixtures";

async function main() {
  const pg = await startEmbedded(".data/public-dev", { exclusive: false });
  await ensureDatabase(pg.url("postgres"), "newsroom");
  const url = pg.url("newsroom");
  process.env.DATABASE_URL = url;
  await migrate(url);
  const { resetDb } = await import("../helpers");
  await resetDb();
  await ensureFeed("world", "World", 1);
  await ensureFeed("asia", "Asia", 0);
  const base = Date.UTC(2026, 0, 10);
  for (let i = 0; i < 25; i++) {
    await insertPublicStory({ slug: `story-${i}`, title: `Regional talks round ${i} ends with a joint statement`, lastUpdatedAt: new Date(base + i * 3600_000), feedSlugs: i % 2 ? ["world"] : [] });
  }
  // --real-seed: leave the seed story to `npm run seed` (the real importer) instead of a fixture copy.
  if (process.argv.includes("--real-seed")) {
    console.log(`DATABASE_URL=${url}`);
    return keepAlive(pg);
  }
  const view = seedStoryView();
  view.sources[0] = { n: 1, outlet: "Kyodo News", title: "Lee arrives in Nara for second shuttle summit", url: "https://example.com/kyodo", publishedAt: "2026-01-13", incomplete: false };
  view.timeline.push({ id: "month-entry", date: "2025-10-01", precision: "month", body: [cited("Takaichi takes office [1].")] });
  await insertPublicStory({
    slug: "second-seoul-tokyo-summit-in-nara-deepens-security-economic-ties-and-humanitarian-cooperation",
    view,
    publishedAt: new Date(Date.now() - 26 * 3600_000),
    lastUpdatedAt: new Date(Date.now() - 3 * 3600_000),
    feedSlugs: ["asia", "world"],
    updates: [
      { kind: "CORRECTION", at: new Date(Date.now() - 3 * 3600_000), sectionsChanged: ["DNA Analysis Deal Targets Chosei Mine Victims"], note: "An earlier version misstated the number of victims." },
      { kind: "UPDATED", at: new Date(Date.now() - 10 * 3600_000), articlesAdded: 1, sectionsAdded: ["Historical Issues Set Aside While Trust Building Continues"] },
      { kind: "PUBLISHED", at: new Date(Date.now() - 26 * 3600_000), articlesAdded: 3 },
    ],
  });
  console.log(`DATABASE_URL=${url}`);
  keepAlive(pg);
}

function keepAlive(pg: { stop(): Promise<void> }) {
  const stop = () => void pg.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  setInterval(() => {}, 1 << 30);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

import { describe, expect, it } from "vitest";
import { fixture, fixtureNames, lineOf, story } from "./helpers";

// Headlines a reader of each page would name. The splitter must find them from the text alone.
const HEADLINES: Record<string, string[]> = {
  "001_chile_earthquake.txt": [
    "Magnitude 7.8 Quake Hits Near Antofagasta",
    "Tsunami Warnings Issued for Pacific Coastline",
    "Government Declares State of Emergency in Three Regions",
    "Mining Output Disrupted at World’s Largest Copper Mine",
    "Aftershocks Complicate Rescue Efforts",
  ],
  "002_apple_earnings.txt": [
    "Apple Beats Wall Street Estimates on iPhone 17 Sales",
    "Services Revenue Hits All-Time High of $30 Billion",
    "Greater China Sales Fall 6% Amid Local Competition",
    "Gross Margin Guidance Tops Analyst Forecasts",
  ],
  "003_japan_election.txt": [
    "Ruling Bloc Falls Short of 125-Seat Threshold",
    "Sanseito Surges on “Japanese First” Platform",
    "Ishiba Vows to Stay On Despite Calls to Resign",
    "Yen Weakens as Markets Price In Fiscal Expansion",
    "Opposition Gains Leave Policy Outlook Uncertain",
  ],
  "004_euro_final.txt": [
    "Spain vs. England: Late Oyarzabal Goal Decides Berlin Final",
    "Yamal, 17, Becomes Youngest Player to Win Euro Title",
    "England Fall Short Again Under Southgate",
    "Rodri Named Player of the Tournament",
  ],
  "005_eu_court_meta.txt": [
    "Court Finds Meta Breached GDPR Consent Rules",
    "Judges Reject “Legitimate Interest” Defence",
    "Fines of Up to 4% of Revenue Now Possible",
  ],
  "006_perseverance_biosignature.txt": [
    "Leopard-Spot Rock Holds Possible Biosignature",
    "Minerals Suggest Chemical Reactions in Ancient Lake Bed",
    "Peer-Reviewed Study Published in Nature",
    "Sample Return Plans Remain Uncertain",
  ],
  "007_us_eu_trade_deal.txt": [
    "Deal Sets 15% Baseline Tariff on EU Exports",
    "“A Good Deal for Both Sides”: Leaders Hail Agreement",
    "Pharmaceuticals and Steel Left Out of Agreement",
  ],
  "008_gaza_ceasefire.txt": [
    "Ceasefire Takes Effect After Three-Hour Delay",
    "Hostage Releases Begin",
    "Aid Trucks Enter Gaza",
    "Netanyahu Faces Coalition Pressure",
    "U.S., Qatar and Egypt Brokered Deal",
    "Displaced Gazans Head North",
    "WHO Warns of Health Crisis",
    "Biden and Trump Claim Credit",
  ],
  "009_gpt5_launch.txt": [
    "GPT-5 Rolls Out to All ChatGPT Users",
    "Altman Calls It a “PhD-Level Expert”",
    "Benchmarks Show Gains in Coding, Math",
    "Microsoft Integrates Model Into Copilot",
    "Developers Get Three Model Sizes",
    "Critics Question AGI Claims",
  ],
  "010_nvidia_five_trillion.txt": [
    "Nvidia Becomes First $5 Trillion Company",
    "Q3 Revenue Jumps 62% to $57 Billion",
    "Jensen Huang Dismisses AI Bubble Fears",
    "U.S. Export Curbs Weigh on China Sales",
    "Dr. Lisa Su Says AMD Can Compete",
    "“We Are at an Inflection Point”",
  ],
  "011_supreme_court_tariffs.txt": [
    "Justices Skeptical of Emergency Powers Claim",
    "Solicitor General Defends Tariffs",
    "Small Businesses Lead Challenge",
    "Ruling Could Force Refunds of $90 Billion",
  ],
  "012_caribbean_and_world_briefs.txt": [
    "Category 5 Storm Hits Southwest Coast",
    "Government Orders Mass Evacuations",
    "North Korean Leader Visits Russia",
    "New York City Elects First Muslim Mayor",
    "FBI Opens Probe Into Power Grid Failures",
    "Cuba and Haiti Brace for Impact",
  ],
  "013_portugal_wildfire.txt": ["Blaze Spreads Across Vila Real District", "Hundreds Leave Homes as Roads Close", "Spain Sends Water\u2011Bombing Aircraft"],
  "014_central_bank_rates.txt": [
    "Bank Lifts Benchmark Rate to 4.75%",
    "Governor Ruiz Signals More Tightening",
    "Two Members Vote to Hold",
    "Markets Price In One More Increase",
    "Mortgage Holders Face Higher Payments",
    "Economists Split on Outlook",
  ],
  "015_chicago_marathon.txt": ["New World Record of 2:00:35 in Chicago", "“I Came Here to Run Fast,” Kiprono Says"],
};

describe("fixture pages: headline split", () => {
  it("has a headline list for every fixture", () => {
    expect(Object.keys(HEADLINES).sort()).toEqual(fixtureNames());
  });

  for (const [name, headlines] of Object.entries(HEADLINES)) {
    it(name, () => {
      const text = fixture(name);
      const s = story(text, name);
      expect(s.claims.map((c) => c.headline)).toEqual(headlines);
      for (const c of s.claims) {
        // headline + body give back the claim line, citations aside
        const line = text.split("\n")[c.line - 1];
        expect(line.startsWith(`${c.headline} `)).toBe(true);
        expect(c.body.length).toBeGreaterThan(0);
        expect(c.segments.map((g) => (g.type === "text" ? g.text : "")).join("")).toBe(c.body);
        expect(c.body).not.toMatch(/\[\d+\]/);
      }
    });
  }
});

describe("fixture pages: bodies", () => {
  it("starts bodies where the sentence starts", () => {
    const first = (name: string) => story(fixture(name)).claims.map((c) => c.body.split(" ").slice(0, 3).join(" "));
    expect(first("001_chile_earthquake.txt")).toEqual([
      "Officials in Chile",
      "The Pacific Tsunami",
      "Chile’s President Gabriel",
      "Escondida, the world’s",
      "More than 40",
    ]);
    expect(first("002_apple_earnings.txt")).toEqual(["Apple CEO Tim", "Revenue from services,", "Sales in Greater", "Chief Financial Officer"]);
    expect(first("003_japan_election.txt")[0]).toBe("Japan’s Prime Minister");
    expect(first("005_eu_court_meta.txt")[0]).toBe("The court ruled");
    expect(first("006_perseverance_biosignature.txt")[0]).toBe("NASA’s Perseverance rover");
    expect(first("007_us_eu_trade_deal.txt")[1]).toBe("“This is the");
  });

  it("removes spaced citations like `[1] [2]` with the space before them", () => {
    const s = story(fixture("007_us_eu_trade_deal.txt"));
    expect(s.claims[0].citations).toEqual([1, 2]);
    expect(s.claims[0].body).toContain("in Turnberry, Scotland. The 15% rate");
    expect(s.claims[0].segments.filter((g) => g.type === "cite")).toEqual([
      { type: "cite", n: 1 },
      { type: "cite", n: 2 },
      { type: "cite", n: 1 },
    ]);
  });

  it("keeps abbreviations, decimals and hyphens inside bodies", () => {
    const s = story(fixture("001_chile_earthquake.txt"));
    expect(s.claims[0].body).toContain("at 3:12 a.m. local time");
    expect(s.claims[0].body).toContain("The U.S. Geological Survey put the magnitude at 7.8,");
    expect(s.claims[1].body).toContain("low\u2011lying");
  });
});

describe("fixture pages: sources", () => {
  it("reads full source lines in one paragraph", () => {
    const text = fixture("001_chile_earthquake.txt");
    const s = story(text);
    expect(s.sources).toHaveLength(5);
    expect(s.sources[0]).toEqual({
      number: 1,
      outlet: "Reuters",
      title: "Strong earthquake hits northern Chile, tsunami warning issued",
      url: "https://www.reuters.com/world/americas/strong-earthquake-hits-northern-chile-2026-03-03/",
      publishedAt: "2026-03-03",
      incomplete: false,
      line: lineOf(text, "[1] Reuters"),
    });
    expect(s.sources[2].title).toBe("Chile earthquake: Death toll rises as rescuers search rubble");
    expect(s.sources.every((x) => !x.incomplete)).toBe(true);
  });

  it("reads sources in separate paragraphs, flags missing parts, accepts en dashes", () => {
    const text = fixture("002_apple_earnings.txt");
    const s = story(text);
    expect(s.sources.map((x) => x.line)).toEqual([19, 21, 23, 25]);
    expect(s.sources[2]).toMatchObject({ outlet: "The Verge", url: null, publishedAt: "2026-01-30", incomplete: true });
    expect(s.sources[3]).toMatchObject({
      outlet: "Nikkei Asia",
      title: "Apple’s China sales slide as Huawei rebounds",
      url: "https://asia.nikkei.com/business/apple-china-sales",
      publishedAt: null,
      incomplete: false,
    });
  });

  it("keeps an outlet-only source as incomplete and a dateless one as complete", () => {
    const s = story(fixture("004_euro_final.txt"));
    expect(s.sources[1]).toMatchObject({ outlet: "BBC Sport", title: "Spain 2-1 England: Oyarzabal wins Euro 2024 for Spain", publishedAt: null, incomplete: false });
    expect(s.sources[2]).toMatchObject({ number: 3, outlet: "The Athletic", title: null, url: null, incomplete: true });
  });

  it("makes placeholders when only the count is given", () => {
    const s = story(fixture("003_japan_election.txt"));
    expect(s.sources.map((x) => [x.number, x.incomplete, x.outlet])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, true, null]));
  });
});

describe("fixture pages: timeline", () => {
  it("reads month- and year-precision dates", () => {
    const s = story(fixture("003_japan_election.txt"));
    expect(s.timeline.map((t) => [t.date, t.precision])).toEqual([
      ["2024-10-01", "month"],
      ["2025-01-01", "year"],
      ["2025-07-20", "day"],
      ["2025-07-21", "day"],
    ]);
    expect(s.timeline[3].text.startsWith("Ishiba says")).toBe(true); // em dash separator
  });

  it("reads ISO, long-month and month-only dates", () => {
    expect(story(fixture("001_chile_earthquake.txt")).timeline.map((t) => t.date)).toEqual([
      "2026-03-03",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
    ]);
    expect(story(fixture("002_apple_earnings.txt")).timeline.map((t) => [t.date, t.precision])).toEqual([
      ["2025-09-01", "month"],
      ["2025-10-30", "day"],
      ["2026-01-29", "day"],
    ]);
    expect(story(fixture("006_perseverance_biosignature.txt")).timeline[0]).toMatchObject({ date: "2021-02-01", precision: "month" });
  });

  it("accepts a hyphen separator and keeps the entry text whole", () => {
    const s = story(fixture("004_euro_final.txt"));
    expect(s.timeline[0]).toMatchObject({ date: "2024-07-09", precision: "day", citations: [2] });
    expect(s.timeline[0].text).toBe("Spain beat France 2–1 in the semi\u2011final in Munich, with Lamine Yamal scoring a long\u2011range equaliser.");
  });

  it("has no timeline when the section is missing, and reads `1 article`", () => {
    const s = story(fixture("005_eu_court_meta.txt"));
    expect(s.timeline).toEqual([]);
    expect(s.articleCount).toBe(1);
    expect(s.sources).toHaveLength(1);
    expect(s.sources[0]).toMatchObject({ outlet: "Reuters", publishedAt: "2026-02-04", incomplete: false });
    expect(s.claims.every((c) => c.citations.join() === "1")).toBe(true);
  });
});

describe("fixture pages 013–015: other shapes", () => {
  it("013: one article in the singular, listed in full; month and day dates", () => {
    const s = story(fixture("013_portugal_wildfire.txt"));
    expect([s.feed, s.articleCount]).toEqual(["Climate", 1]);
    expect(s.sources).toEqual([expect.objectContaining({ number: 1, outlet: "Reuters", publishedAt: "2025-08-10", incomplete: false })]);
    expect(s.timeline.map((t) => [t.date, t.precision])).toEqual([
      ["2025-08-01", "month"],
      ["2025-08-10", "day"],
    ]);
    expect(s.claims.map((c) => c.body.split(" ")[0])).toEqual(["Firefighters", "Civil", "Madrid"]);
  });

  it("014: seven placeholder articles, spaced citations, bodies opening on a title and a name, no timeline", () => {
    const s = story(fixture("014_central_bank_rates.txt"));
    expect(s.sources.map((x) => x.incomplete)).toEqual(Array(7).fill(true));
    expect(s.timeline).toEqual([]);
    expect(s.claims.map((c) => c.body.split(" ").slice(0, 3).join(" "))).toEqual([
      "The central bank",
      "Governor Ana Ruiz",
      "Deputy Governor Paul",
      "Traders now expect",
      "Lenders said they",
      "Some analysts said",
    ]);
    expect(s.claims[0].citations).toEqual([1, 2, 3]);
    expect(s.claims[0].body).toContain("this year. Policymakers voted");
  });

  it("015: source lines with en dashes and missing trailing parts; a quoted headline", () => {
    const s = story(fixture("015_chicago_marathon.txt"));
    expect(s.sources.map((x) => [x.outlet, x.title, x.url, x.incomplete])).toEqual([
      ["AP News", "Kiprono breaks marathon world record in Chicago", "https://apnews.com/article/chicago-marathon-record", false],
      ["BBC Sport", "Kiprono smashes marathon world record", null, true],
      ["Athletics Weekly", null, null, true],
    ]);
    expect(s.claims[1].body.startsWith("Kiprono said after the race")).toBe(true);
    expect(s.warnings).toEqual([]);
  });
});

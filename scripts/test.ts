import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { chromiumPath } from "../tests/support/chromium";
import { prepareTestDatabase } from "../tests/support/test-database";
import { prepareE2eDatabase } from "../tests/support/prepare-e2e-db";

// npm test: vitest (unit + integration on a real Postgres), then a production build and the
// Playwright suite in Chromium against `next start`. Prints one closing line with the totals.
// `npm test -- --unit` runs only vitest; `npm test -- --e2e` only the browser suite;
// `--skip-build` reuses the last production build.

// Other arguments are file filters passed to the runner(s): `npm test -- --e2e tests/e2e/admin`.
const only = process.argv.includes("--unit") ? "unit" : process.argv.includes("--e2e") ? "e2e" : "all";
const filters = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const outDir = path.resolve(".data/test-results");
fs.mkdirSync(outDir, { recursive: true });
const bin = (name: string) => path.resolve("node_modules", ".bin", name);

function run(cmd: string, args: string[], env: Record<string, string>): number {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function counts(file: string, kind: "vitest" | "playwright"): { passed: number; failed: number; skipped: number } {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const j = JSON.parse(fs.readFileSync(file, "utf8"));
  if (kind === "vitest") return { passed: j.numPassedTests ?? 0, failed: j.numFailedTests ?? 0, skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0) };
  const s = j.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

async function main(): Promise<number> {
  let failed = false;
  const total = { passed: 0, failed: 0, skipped: 0 };
  const add = (c: typeof total) => ((total.passed += c.passed), (total.failed += c.failed), (total.skipped += c.skipped));

  if (only !== "e2e") {
    const unitDb = await prepareTestDatabase("newsroom_test_unit");
    const json = path.join(outDir, "vitest.json");
    fs.rmSync(json, { force: true });
    const code = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${json}`, ...filters], { TEST_DATABASE_URL: unitDb.url });
    await unitDb.close();
    add(counts(json, "vitest"));
    failed ||= code !== 0;
  }

  if (only !== "unit") {
    const browser = chromiumPath();
    if (!browser && !fs.existsSync(path.join(process.env.HOME ?? "", ".cache", "ms-playwright"))) {
      console.error("No Chromium found: install it (Debian: apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM_PATH.");
      return 1;
    }
    if (!process.argv.includes("--skip-build")) {
      const build = run(bin("next"), ["build"], { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
      if (build !== 0) return console.error("next build failed"), 1;
    }
    // The data cache (unstable_cache) and the rendered-page cache survive on disk between runs
    // (and the data cache between builds): pages of an earlier run's database would be served to
    // this one until revalidated. Start both empty.
    for (const dir of [".next/cache/fetch-cache", ".next/server/route-cache"]) fs.rmSync(path.resolve(dir), { recursive: true, force: true });
    const e2eDb = await prepareTestDatabase("newsroom_test_e2e");
    process.env.DATABASE_URL = e2eDb.url;
    await prepareE2eDatabase();
    const json = path.join(outDir, "playwright.json");
    fs.rmSync(json, { force: true });
    const code = run(bin("playwright"), ["test", ...filters], {
      E2E_DATABASE_URL: e2eDb.url,
      DATABASE_URL: e2eDb.url,
      NEXTAUTH_SECRET: randomBytes(24).toString("base64url"),
      PLAYWRIGHT_JSON_OUTPUT_NAME: json,
    });
    await e2eDb.close();
    add(counts(json, "playwright"));
    failed ||= code !== 0;
  }
  console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return failed || total.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

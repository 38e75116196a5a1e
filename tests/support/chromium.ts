import fs from "node:fs";

/** PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own (undefined). */
export function chromiumPath(): string | undefined {
  const env = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (env) {
    if (!fs.existsSync(env)) throw new Error(`PLAYWRIGHT_CHROMIUM_PATH=${env} does not exist.`);
    return env;
  }
  for (const p of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (fs.existsSync(p)) return p;
  return undefined;
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

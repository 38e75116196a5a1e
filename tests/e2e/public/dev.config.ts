import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../../support/chromium";
export default defineConfig({
  testDir: ".",
  workers: 1,
  timeout: 60_000,
  reporter: [["list"]],
  use: { baseURL: "http://localhost:3200", launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } },
});

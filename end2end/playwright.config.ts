import { defineConfig } from "@playwright/test";

const port = Number(process.env.TAVANA_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // A fresh database with the demo set for every run.
    command: "rm -rf ../target/e2e-data && ../target/release/server serve --demo",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: "sqlite://../target/e2e-data/tavana.db",
      TAVANA_ADDR: `127.0.0.1:${port}`,
      TAVANA_SITE_ROOT: "../target/site",
      TAVANA_FILES_DIR: "../target/e2e-data/files",
      RUST_LOG: "warn",
    },
  },
});

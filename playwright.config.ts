import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium.mjs";

export const E2E_PORT = 3100;
/** A second app on a workspace with no owner yet (and APP_API_TOKEN set), for the first-start tests. */
export const AUTH_PORT = 3101;
/** The owner's signed-in browser state, written by e2e/global-setup.ts. */
export const OWNER_STATE = "test-results/owner-state.json";
export const AUTH_TOKEN = "e2e-token-0123456789abcdef";

const health = (port: number) => `http://127.0.0.1:${port}/api/health`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // Budgets for CI's 2-core machine with both cores busy (npm run test:loaded): a story
  // idle in 5-15 s takes 2-3x that there. A test fails because the product is wrong, not
  // because the machine was busy; stories long by nature say so with test.slow().
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.E2E_JSON_REPORT
    ? [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT }]]
    : [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    // Pages open signed in as the workspace's owner; specs about other roles sign in themselves.
    storageState: OWNER_STATE,
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1440, height: 900 } } }],
  // Started one after the other: the second reuses the first one's build.
  webServer: [
    {
      command: `node scripts/e2e-server.mjs ${E2E_PORT}`,
      url: health(E2E_PORT),
      timeout: 300_000,
      reuseExistingServer: false,
      // The preview calls loopback backends that the tests start.
      env: { HTTP_ALLOWED_HOSTS: "127.0.0.1" },
    },
    {
      command: `node scripts/e2e-server.mjs ${AUTH_PORT}`,
      url: health(AUTH_PORT),
      timeout: 120_000,
      reuseExistingServer: false,
      env: { E2E_NO_OWNER: "1", APP_API_TOKEN: AUTH_TOKEN },
    },
  ],
});

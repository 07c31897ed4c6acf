import { existsSync } from "node:fs";

/**
 * Browsers cannot be downloaded on our machines, so tests use Debian's Chromium
 * (CHROMIUM_PATH overrides it); elsewhere Playwright's own browser is used.
 */
export function chromiumLaunchOptions() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  const executablePath = candidates.find((file) => existsSync(file));
  return {
    executablePath,
    // Without the networking flags Chromium keeps calling Google's hosts, which a closed
    // network refuses, slowly.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  };
}

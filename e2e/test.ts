import { test as base } from "@playwright/test";
import { authHeaders } from "./workspace-auth.mjs";

/**
 * The tests' `test`: API calls through `request` authenticate with the workspace's
 * APP_API_TOKEN, as an automation would; pages are signed in as the owner (config).
 */
export const test = base.extend({
  request: async ({ playwright, baseURL }, use) => {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: authHeaders, storageState: { cookies: [], origins: [] } });
    await use(request);
    await request.dispose();
  },
});

export { expect } from "@playwright/test";
export type { APIRequestContext, APIResponse, Browser, Locator, Page } from "@playwright/test";

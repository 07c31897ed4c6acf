import { expect, test } from "./test";
import { AUTH_PORT, AUTH_TOKEN } from "../playwright.config";

const base = `http://127.0.0.1:${AUTH_PORT}`;

test.describe("with APP_API_TOKEN set", () => {
  test("the API wants the bearer token", async ({ request }) => {
    const anonymous = await request.get(`${base}/api/journeys`);
    expect(anonymous.status()).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthorized");
    expect((await request.get(`${base}/api/journeys`, { headers: { Authorization: "Bearer wrong-token" } })).status()).toBe(401);
    const allowed = await request.get(`${base}/api/journeys`, { headers: { Authorization: `Bearer ${AUTH_TOKEN}` } });
    expect(allowed.status()).toBe(200);
    expect((await request.get(`${base}/api/health`)).status()).toBe(200);
  });

  test("pages ask to sign in, then work, API calls included", async ({ page }) => {
    await page.goto(`${base}/settings`);
    await expect(page).toHaveURL(`${base}/login?next=%2Fsettings`);
    await page.getByLabel("Access token").fill("not-the-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That token is not right")).toBeVisible();

    await page.getByLabel("Access token").fill(AUTH_TOKEN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${base}/settings`);
    await expect(page.getByTestId("config-APP_API_TOKEN")).toContainText("set");

    await page.goto(`${base}/journeys`);
    await page.getByRole("button", { name: "New journey" }).click();
    await page.getByRole("dialog", { name: "New journey" }).getByLabel("Name").fill("Signed in");
    await page.getByRole("button", { name: "Create journey" }).click();
    await expect(page.getByRole("heading", { name: "Signed in" })).toBeVisible();
  });

  test("sign-in never redirects to another site, however the target is spelled", async ({ page }) => {
    for (const next of ["//evil.example", "/%5Cevil.example/x", "/%09/evil.example/x", "/%0A/evil.example/x", "https://evil.example/"]) {
      await page.context().clearCookies();
      await page.goto(`${base}/login?next=${next}`);
      await page.getByLabel("Access token").fill(AUTH_TOKEN);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page, next).toHaveURL(`${base}/journeys`);
    }
  });
});

import { expect, test } from "./test";
import { AUTH_PORT, AUTH_TOKEN } from "../playwright.config";

// A workspace that starts with nobody in it: these tests take it through its first start, in order.
test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

const base = `http://127.0.0.1:${AUTH_PORT}`;
const owner = { name: "Fatima Owner", email: "fatima@clinic.test", password: "a long owner password" };

test("first start: every page leads to setup and the API is closed until the owner exists, then the samples are there", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  for (const path of ["/api/journeys", "/api/runs", "/api/members", "/api/secrets", "/api/audit"]) {
    const answer = await anonymous.get(`${base}${path}`);
    expect(answer.status(), path).toBe(401);
  }
  expect((await anonymous.get(`${base}/api/health`)).status()).toBe(200);
  // The workspace-wide automation token keeps working, as it did before accounts existed.
  expect((await anonymous.get(`${base}/api/journeys`, { headers: { Authorization: `Bearer ${AUTH_TOKEN}` } })).status()).toBe(200);
  expect((await anonymous.get(`${base}/api/journeys`, { headers: { Authorization: "Bearer jst_not-a-token" } })).status()).toBe(401);

  await page.goto(`${base}/journeys`);
  await expect(page).toHaveURL(`${base}/setup`);
  await page.goto(`${base}/login`);
  await expect(page).toHaveURL(`${base}/setup`);
  await expect(page.getByRole("heading", { name: "Welcome to Journey Studio" })).toBeVisible();

  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create owner account" }).click();
  await expect(page.getByText("A password has at least 10 characters")).toBeVisible();
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Create owner account" }).click();

  await expect(page).toHaveURL(`${base}/journeys`);
  const list = page.getByRole("list", { name: "Journeys" });
  await expect(list.getByRole("link", { name: "Appointment booking", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /Fatima Owner/ })).toContainText("Owner");

  // Once: a second setup is refused and the page now leads to sign-in.
  const again = await anonymous.post(`${base}/api/setup`, { data: { ...owner, email: "mallory@evil.test" } });
  expect(again.status()).toBe(409);
  await page.goto(`${base}/setup`);
  await expect(page).toHaveURL(`${base}/login`);
  await anonymous.dispose();
});

test("a signed-in browser's writes need the page's CSRF token; signing out ends the session on the server", async ({ page }) => {
  await signInThroughForm(page);
  // The session cookie alone (what a forged request would carry) does not change anything.
  const forged = await page.request.post(`${base}/api/journeys`, { data: { name: "Forged" } });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("csrf");
  const csrf = (await page.context().cookies(base)).find((c) => c.name === "journey_studio_csrf")!.value;
  const made = await page.request.post(`${base}/api/journeys`, { data: { name: "Made by the page" }, headers: { "x-csrf-token": csrf } });
  expect(made.status()).toBe(201);

  const session = (await page.context().cookies(base)).find((c) => c.name === "journey_studio_session")!;
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${base}/login`);
  // The old cookie, replayed, is worth nothing.
  await page.context().addCookies([{ name: session.name, value: session.value, url: base }]);
  expect((await page.request.get(`${base}/api/journeys`)).status()).toBe(401);
  await page.goto(`${base}/settings`);
  await expect(page).toHaveURL(`${base}/login?next=%2Fsettings`);
});

test("wrong passwords are refused, then the account is locked for a while, whoever asks", async ({ page, playwright }) => {
  await page.goto(`${base}/login`);
  const target = "locked@clinic.test";
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("Email").fill(target);
    await page.getByLabel("Password").fill(`guess number ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match a member of this workspace")).toBeVisible();
    await page.getByLabel("Password").fill("");
  }
  const client = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  const locked = await client.post(`${base}/api/session`, { data: { email: target, password: "the right one, maybe" } });
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(800);
  expect((await locked.json()).error.code).toBe("too_many_attempts");
  await client.dispose();
});

test("sign-in never redirects to another site, however the target is spelled", async ({ page }) => {
  for (const next of ["//evil.example", "/%5Cevil.example/x", "/%09/evil.example/x", "/%0A/evil.example/x", "https://evil.example/"]) {
    await page.context().clearCookies();
    await page.goto(`${base}/login?next=${next}`);
    await signInThroughForm(page, { alreadyOnLogin: true });
    await expect(page, next).toHaveURL(`${base}/journeys`);
  }
});

async function signInThroughForm(page: import("./test").Page, options: { alreadyOnLogin?: boolean } = {}) {
  if (!options.alreadyOnLogin) await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Journeys" })).toBeVisible();
}

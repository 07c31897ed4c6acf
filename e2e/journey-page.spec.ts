import { expect, test } from "./test";
import { createJourney, fixture } from "./helpers";

test("publish versions and restore an earlier one into the draft", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("welcome.journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  await page.getByRole("tab", { name: "Versions" }).click();
  const versions = page.getByRole("region", { name: "Versions" });
  await expect(versions).toContainText("Nothing published yet");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published v1", { exact: true })).toBeVisible();
  await expect(versions).toContainText("Version 1");

  const current = await (await request.get(`/api/journeys/${journey.id}`)).json();
  await request.put(`/api/journeys/${journey.id}`, { data: { updatedAt: current.journey.updatedAt, name: `${journey.name} v2` } });
  await page.reload();
  await page.getByRole("tab", { name: "Versions" }).click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published v2", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: `${journey.name} v2` })).toBeVisible();

  await versions.getByRole("button", { name: "Restore version 1" }).click();
  await page.getByRole("dialog", { name: "Restore version 1?" }).getByRole("button", { name: "Restore into draft" }).click();
  await expect(page.getByRole("heading", { name: journey.name, exact: true })).toBeVisible();
  await expect(page.getByText("Published v2", { exact: true })).toBeVisible();
});

test("an unknown journey is a friendly 404", async ({ page }) => {
  const response = await page.goto("/journeys/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});

test("settings show the webhook URL to paste into 8x8 and never a secret", async ({ page }) => {
  await page.goto("/settings");
  await expect(page.getByRole("textbox", { name: "Webhook URL" })).toHaveValue("http://127.0.0.1:3100/api/webhooks/8x8");
  await expect(page.getByTestId("config-EIGHTX8_API_KEY")).toContainText("not set");
  await expect(page.getByTestId("config-EIGHTX8_API_BASE_URL")).toContainText("https://chatapps.8x8.com");
  await expect(page.getByTestId("config-DATABASE_URL")).toContainText("SQLite");
});

test("the canvas draws every step with one labelled handle per outcome, and every connection", async ({ page, request }) => {
  const list = await (await request.get("/api/journeys")).json();
  const booking = list.journeys.find((j: { name: string }) => j.name === "Appointment booking");
  await page.goto(`/journeys/${booking.id}`);
  const canvas = page.getByTestId("journey-canvas");
  // It opens legible at the trigger; "fit view" brings every step into view (and the DOM).
  await expect(canvas.getByTestId("node-trigger")).toBeVisible();
  await canvas.getByRole("button", { name: "Fit view" }).click();
  await expect(canvas.locator(".react-flow__node")).toHaveCount(17);
  await expect(canvas.locator(".react-flow__edge")).toHaveCount(30);
  const menu = page.getByTestId("node-choose_service");
  await expect(menu).toContainText("List · waits for reply");
  for (const label of ["Check-up", "Whitening", "Consultation", "Other reply", "No reply", "Failed"]) await expect(menu).toContainText(label);
  await expect(menu.locator(".react-flow__handle.source")).toHaveCount(6);
  await expect(page.getByTestId("node-note")).toContainText("The clinic's API answers");
});

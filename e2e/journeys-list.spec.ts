import { readFileSync } from "node:fs";
import { expect, test } from "./test";
import { createJourney, fixture, fixturePath, uniqueName } from "./helpers";

test("the sample journeys are there on first start", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/journeys$/);
  for (const name of ["Appointment booking", "Order shipped", "NPS feedback", "Lead qualification"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
});

test("with no channel that can send, the journeys page says what to do next: connect a number, or chat with a sample in the preview", async ({ page, request }) => {
  const live = await createJourney(request, fixture("welcome.journey.json"));
  expect((await request.post(`/api/journeys/${live.id}/publish`)).status()).toBe(201);
  await page.goto("/journeys");
  const next = page.getByRole("region", { name: "Next: connect WhatsApp, or try a journey first" });
  await expect(next.getByRole("link", { name: /Connect your number/ })).toHaveAttribute("href", "/settings/channels");
  // A live journey listening on every channel, none of which can send: it would start and never answer.
  await expect(page.getByRole("listitem", { name: live.name }).getByRole("img", { name: /^Cannot reply: No channel can send yet/ })).toBeVisible();
  await next.getByRole("link", { name: /Chat with “Appointment booking” in the preview/ }).click();
  await expect(page.getByRole("region", { name: "Preview", exact: true })).toBeVisible();
  await request.delete(`/api/journeys/${live.id}`);
});

test("create a journey, rename it, export it and delete it", async ({ page }) => {
  // Fourteen steps through the UI: on two busy cores they take over 30 s (each action 1-2 s), none of it stuck.
  test.slow();
  const name = uniqueName("Onboarding");
  await page.goto("/journeys");
  await page.getByRole("button", { name: "New journey" }).click();
  const create = page.getByRole("dialog", { name: "New journey" });
  await create.getByLabel("Name").fill(name);
  await create.getByRole("button", { name: "Create journey" }).click();

  await expect(page).toHaveURL(/\/journeys\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByTestId("node-trigger")).toContainText("Any message");

  await page.getByRole("link", { name: "Journeys" }).first().click();
  const row = page.getByRole("listitem", { name });
  await expect(row).toBeVisible();
  await expect(row.getByText("Draft")).toBeVisible();

  const renamed = uniqueName("Welcome flow");
  await row.getByRole("button", { name: `Rename ${name}` }).click();
  const rename = page.getByRole("dialog", { name: "Rename journey" });
  await expect(rename.getByLabel("Name")).toHaveValue(name);
  await rename.getByLabel("Name").fill(renamed);
  await rename.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("listitem", { name: renamed })).toBeVisible();
  await expect(page.getByRole("listitem", { name })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Export ${renamed}` }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported).toMatchObject({ schema: "journey/v1", name: renamed, nodes: [expect.objectContaining({ type: "trigger.inbound" })] });

  await page.getByRole("button", { name: `Delete ${renamed}` }).click();
  const confirm = page.getByRole("dialog", { name: "Delete journey?" });
  await expect(confirm).toContainText(renamed);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("listitem", { name: renamed })).toBeVisible();
  await page.getByRole("button", { name: `Delete ${renamed}` }).click();
  await confirm.getByRole("button", { name: "Delete journey" }).click();
  await expect(page.getByRole("listitem", { name: renamed })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("listitem", { name: renamed })).toHaveCount(0);
});

test("import a journey file and get it back identical from export", async ({ page }) => {
  await page.goto("/journeys");
  await page.getByTestId("import-file").setInputFiles(fixturePath("welcome.journey.json"));
  await expect(page).toHaveURL(/\/journeys\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Welcome message" })).toBeVisible();
  await page.getByRole("tab", { name: "Problems" }).click();
  const problems = page.getByRole("region", { name: "Problems" });
  await expect(problems).toContainText("0 errors");
  // The test workspace, like a fresh install, has no channel that can send: said, not an error.
  await expect(problems).toContainText("No channel can send yet");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  expect(JSON.parse(readFileSync(await (await download).path(), "utf8"))).toEqual(fixture("welcome.journey.json"));
});

test("a file that is not a journey is refused with the reasons", async ({ page }) => {
  await page.goto("/journeys");
  await page.getByTestId("import-file").setInputFiles(fixturePath("not-a-journey.json"));
  const dialog = page.getByRole("dialog", { name: "This file could not be imported" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("list", { name: "Import problems" })).toContainText('Unsupported schema "journey/v2"');
  await expect(dialog).toContainText("nodes.0.type");
  await dialog.getByRole("button", { name: "Close" }).first().click();
  await expect(page).toHaveURL(/\/journeys$/);
  // Other tests add journeys meanwhile, so look for this file's journey rather than count.
  await expect(page.getByRole("list", { name: "Journeys" })).not.toContainText("From the future");
});

test("duplicate a journey", async ({ page, request }) => {
  const original = await createJourney(request, fixture("welcome.journey.json"));
  await page.goto("/journeys");
  await page.getByRole("button", { name: `Duplicate ${original.name}` }).click();
  await expect(page.getByRole("link", { name: `${original.name} (copy)`, exact: true })).toBeVisible();
});

test("every page has the app's icon: no 404 on any request", async ({ page, request }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/journeys");
  await expect(page.getByRole("heading", { name: "Journeys" })).toBeVisible();
  await page.goto("/settings");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /\/icon\.svg/);
  expect(missing).toEqual([]);
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
});

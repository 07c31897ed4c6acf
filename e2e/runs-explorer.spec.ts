import { readFileSync } from "node:fs";
import { expect, test } from "./test";
import { createJourney, fixture } from "./helpers";

test("the run explorer filters by a variable from the form, exports what it shows, and cancels what matches", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("remind-tomorrow.journey.json"));
  expect((await request.post(`/api/journeys/${journey.id}/publish`)).status()).toBe(201);
  const people = [["+15557200001", "checkup"], ["+15557200002", "whitening"], ["+15557200003", "checkup, then whitening"]];
  for (const [msisdn, service] of people) {
    expect((await request.post(`/api/journeys/${journey.id}/runs`, { data: { contact: { msisdn }, vars: { service } } })).status()).toBe(202);
  }
  await expect.poll(async () => (await (await request.get(`/api/runs?journeyId=${journey.id}&status=sleeping`)).json()).runs.length).toBe(3);

  await page.goto(`/runs?journeyId=${journey.id}`);
  await expect(page.getByTestId("run-count")).toHaveText("3 runs match");
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Variable name").fill("service");
  await filters.getByLabel("Comparison").selectOption("contains");
  await filters.getByLabel("Variable value").fill("checkup");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]op=contains&var=service&value=checkup$/);
  await expect(page.getByTestId("run-count")).toHaveText("2 runs match");

  // The export holds exactly the runs the page counts, with their variables.
  const download = page.waitForEvent("download");
  await filters.getByRole("link", { name: "Export CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8").trimEnd().split("\r\n");
  expect(csv[0]).toBe("run,journey,version,status,outcome,step,error,started_at,ended_at,contact_name,msisdn,channel_user_id,channel,vars");
  expect(csv).toHaveLength(3);
  expect(csv.slice(1).every((line) => line.includes("checkup"))).toBe(true);

  await filters.getByLabel("Comparison").selectOption("eq");
  await filters.getByLabel("Variable value").fill("checkup");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("run-count")).toHaveText("1 run match");
  await filters.getByRole("button", { name: "Cancel matching…" }).click();
  await page.getByRole("dialog", { name: "Cancel 1 run?" }).getByRole("button", { name: "Cancel runs" }).click();
  await expect(filters.getByRole("status")).toHaveText("Cancelled 1 run.");
  await expect(page.getByRole("row").filter({ hasText: "+15557200001" })).toContainText("Cancelled");
  expect((await (await request.get(`/api/runs?journeyId=${journey.id}&status=sleeping`)).json()).runs).toHaveLength(2);
});

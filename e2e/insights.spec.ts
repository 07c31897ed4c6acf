import { expect, test } from "./test";
import { createJourney, fixture } from "./helpers";

test("Insights shows how the live version's runs went, step by step, and leads to the runs that dropped", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("remind-tomorrow.journey.json"));
  expect((await request.post(`/api/journeys/${journey.id}/publish`)).status()).toBe(201);
  for (const msisdn of ["+15557300001", "+15557300002", "+15557300003"]) {
    expect((await request.post(`/api/journeys/${journey.id}/runs`, { data: { contact: { msisdn }, vars: { service: "checkup" } } })).status()).toBe(202);
  }
  await expect.poll(async () => (await (await request.get(`/api/runs?journeyId=${journey.id}&status=sleeping`)).json()).runs.length).toBe(3);
  const [first] = (await (await request.get(`/api/runs?journeyId=${journey.id}&contact=%2B15557300001`)).json()).runs;
  expect((await request.post(`/api/runs/${first.id}/cancel`)).status()).toBe(200);
  // The runtime counts new steps about once a second; a person would reload for them too.
  const range = `from=${new Date(Date.now() - 86_400_000).toISOString()}&to=${new Date(Date.now() + 3_600_000).toISOString()}`;
  await expect
    .poll(async () => (await (await request.get(`/api/journeys/${journey.id}/insights?${range}`)).json()).current?.figures.steps.wait_a_day?.dropped.cancelled)
    .toBe(1);

  await page.goto(`/journeys/${journey.id}`);
  await page.getByRole("button", { name: "Insights" }).click();
  await expect(page.getByTestId("entered-trigger")).toHaveText("3");
  await expect(page.getByTestId("entered-wait_a_day")).toHaveText("3");
  await expect(page.getByTestId("now-wait_a_day")).toHaveText("2");
  await expect(page.getByTestId("dropped-wait_a_day")).toHaveText("1");
  await expect(page.getByTestId("outcome-trigger-next")).toHaveText("3 · 100%");
  const details = page.getByRole("complementary", { name: "Insights details" });
  await expect(details.getByTestId("health-started")).toHaveText("3");
  await expect(details.getByTestId("health-cancelled")).toContainText("1");

  await page.getByTestId("insight-wait_a_day").click();
  await expect(details.getByText("Cancelled here")).toBeVisible();
  await expect(details.getByRole("list", { name: "Funnel" })).toContainText("3");
  await details.getByRole("link", { name: "See the runs that ended here" }).click();
  await expect(page).toHaveURL(/\/runs\?.*endedAt=wait_a_day/);
  await expect(page.getByTestId("run-count")).toHaveText("1 run match");
  await expect(page.getByRole("row").filter({ hasText: "+15557300001" })).toContainText("Cancelled");

  // The journeys list draws the day's runs in its sparkline.
  await page.goto("/journeys");
  await expect(page.getByRole("listitem", { name: journey.name }).getByTestId("activity")).toContainText("3 runs");
});

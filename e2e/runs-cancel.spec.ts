import { expect, test } from "./test";
import { createJourney, fixture } from "./helpers";

const remindTomorrow = fixture("remind-tomorrow.journey.json");

test("an operator cancels a delayed run from its page: it ends as cancelled, is audited, and cannot be cancelled twice", async ({ page, request }) => {
  const journey = await createJourney(request, remindTomorrow);
  expect((await request.post(`/api/journeys/${journey.id}/publish`)).status()).toBe(201);
  const { runId } = await (await request.post(`/api/journeys/${journey.id}/runs`, { data: { contact: { msisdn: "+15557100001" } } })).json();
  await expect.poll(async () => (await (await request.get(`/api/runs/${runId}`)).json()).run?.status).toBe("sleeping");

  await page.goto(`/runs/${runId}`);
  await expect(page.getByText("Delayed")).toBeVisible();
  await page.getByRole("button", { name: "Cancel run" }).click();
  await page.getByRole("dialog", { name: "Cancel this run?" }).getByRole("button", { name: "Cancel run" }).click();
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Cancelled from Journey Studio" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel run" })).toHaveCount(0);

  const again = await request.post(`/api/runs/${runId}/cancel`);
  expect(again.status()).toBe(409);
  expect((await again.json()).error.code).toBe("not_cancellable");
  const audit = (await (await request.get("/api/audit?action=run.cancelled")).json()).entries;
  expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ target: runId, actorName: "Olivia Owner", detail: { was: "sleeping" } })]));
});

import { expect, test } from "./test";
import { createJourney } from "./helpers";

const remindTomorrow = {
  schema: "journey/v1",
  name: "Remind tomorrow",
  settings: { reentry: "ignore", inactivityTimeoutHours: 48, windowFallbackTemplate: null },
  nodes: [
    { id: "trigger", type: "trigger.api", position: { x: 0, y: 0 }, data: {} },
    { id: "wait_a_day", type: "delay", position: { x: 300, y: 0 }, data: { seconds: 86_400 } },
    { id: "remind", type: "message", position: { x: 600, y: 0 }, data: { message: { kind: "text", text: "See you today" } } },
    { id: "done", type: "end", position: { x: 900, y: 0 }, data: {} },
  ],
  edges: [
    { id: "e1", source: "trigger", sourceHandle: "next", target: "wait_a_day" },
    { id: "e2", source: "wait_a_day", sourceHandle: "next", target: "remind" },
    { id: "e3", source: "remind", sourceHandle: "next", target: "done" },
  ],
};

test("an operator cancels a delayed run from its page: it ends as cancelled, is audited, and cannot be cancelled twice", async ({ page, request }) => {
  const journey = await createJourney(request, remindTomorrow);
  expect((await request.post(`/api/journeys/${journey.id}/publish`)).status()).toBe(201);
  const { runId } = await (await request.post(`/api/journeys/${journey.id}/runs`, { data: { contact: { msisdn: "+15557100001" } } })).json();
  await expect.poll(async () => (await (await request.get(`/api/runs/${runId}`)).json()).run.status).toBe("sleeping");

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

import { randomUUID } from "node:crypto";
import { expect, test } from "./test";
import { createJourney, fixture, uniqueName } from "./helpers";
import { E2E_WEBHOOK_AUTH } from "./workspace-auth.mjs";

test("a conversation shows on its journey, and its run page tells what happened", async ({ page, request }) => {
  // A keyword of its own: other tests publish journeys with the same fixture.
  const keyword = `hello${randomUUID().slice(0, 6)}`;
  const welcome = fixture("welcome.journey.json") as { nodes: Array<{ data: Record<string, unknown> }> };
  welcome.nodes[0].data = { match: "exact", keywords: [keyword], caseSensitive: false };
  const journey = await createJourney(request, welcome);
  expect((await request.post(`/api/journeys/${journey.id}/publish`)).status()).toBe(201);

  const name = uniqueName("Rosa");
  const webhook = await request.post("/api/webhooks/8x8", {
    headers: { Authorization: E2E_WEBHOOK_AUTH },
    data: {
      version: 3, namespace: "ChatApps", eventType: "inbound_message_received",
      payload: { umid: randomUUID(), user: { msisdn: `+1555${Math.floor(Math.random() * 1e7)}`, name }, type: "Text", content: { text: keyword } },
    },
  });
  expect(await webhook.json()).toEqual({ ok: true, duplicate: false });

  await expect.poll(async () => (await (await request.get(`/api/runs?journeyId=${journey.id}`)).json()).runs[0]?.status).toBe("completed");
  await page.goto(`/journeys/${journey.id}`);
  await page.getByRole("tab", { name: "Runs" }).click();
  const runs = page.getByRole("region", { name: "Recent runs" });
  await expect(runs.getByRole("link", { name: new RegExp(name) })).toContainText("Completed");
  await runs.getByRole("link", { name: new RegExp(name) }).click();

  await expect(page.getByRole("heading", { name: `Run with ${name}` })).toBeVisible();
  const log = page.getByRole("list", { name: "Step log" });
  await expect(log.getByRole("listitem", { name: "Step 1 trigger" })).toContainText("next");
  // Outputs by their names, the id beside.
  await expect(log.getByRole("listitem", { name: "Step 1 trigger" })).toContainText("Start next");
  await expect(log.getByRole("listitem", { name: "Step 2 greet" })).toContainText("Text");
  await expect(log.getByRole("listitem", { name: "Step 3 done" })).toBeVisible();
  // This app has no 8x8 key configured: the message waits in the outbox, and the page says why.
  const messages = page.getByRole("region", { name: "Messages" });
  await expect(messages).toContainText(`Welcome, ${name}!`);
  await expect(messages).toContainText("pending");
  await expect(messages.getByRole("status")).toHaveText(/^Not sent: the channel “Default \(environment\)” has no API key\. Add your number in Settings → Channels/);
  await expect(page.getByText("channel Default (environment)")).toBeVisible();
  // Dates in the app's one format.
  await expect(page.getByText(/Started \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC on version \d/)).toBeVisible();
  // The journey's Health says so too.
  await page.goto(`/journeys/${journey.id}`);
  await page.getByRole("button", { name: "Insights" }).click();
  await expect(page.getByTestId("health-summary").getByRole("alert")).toContainText("1 Not sent: the channel “Default (environment)” has no API key");
});

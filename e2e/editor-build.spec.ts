import { expect, test } from "./test";
import { createJourney, uniqueName } from "./helpers";
import { connect, dragFromPalette, inspector, waitSaved } from "./editor-helpers";

test.use({ viewport: { width: 1920, height: 1080 } });
// One long story through the UI: a person building a whole journey.
// A safety limit, not a wait: on two busy cores the story takes three times as long.
test.setTimeout(180_000);

test("build the appointment booking journey from an empty canvas, publish it, reload it intact", async ({ page, request }) => {
  const journey = await createJourney(request, { schema: "journey/v1", name: "Booking", nodes: [], edges: [] }, uniqueName("Booking built by hand"));
  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByTestId("journey-canvas").locator(".react-flow__node")).toHaveCount(0);
  const form = inspector(page);

  // Trigger: start on "book".
  await dragFromPalette(page, "trigger.inbound", { x: 150, y: 120 });
  await expect(form).toContainText("trigger_inbound_1");
  await form.getByLabel("Start on").selectOption("contains");
  await form.getByRole("button", { name: "Add keyword" }).click();
  await form.getByLabel("Keywords").fill("book");

  // The menu: a list of three services that waits for the answer.
  await dragFromPalette(page, "message.list", { x: 480, y: 120 });
  await expect(form).toContainText("list_1");
  await form.getByLabel("Body").fill("Hi {{ contact.name }}! Which service would you like to book?");
  await form.getByLabel("List button").fill("Choose service");
  const rows = form.getByRole("group", { name: "Rows" });
  await rows.getByRole("listitem", { name: "row 1" }).getByLabel("Title").fill("Check-up");
  await rows.getByRole("listitem", { name: "row 1" }).getByLabel("Id").fill("checkup");
  await rows.getByRole("button", { name: "Add row" }).click();
  await rows.getByRole("listitem", { name: "row 2" }).getByLabel("Title").fill("Whitening");
  await rows.getByRole("listitem", { name: "row 2" }).getByLabel("Id").fill("whitening");
  await expect(page.getByTestId("node-list_1").locator(".react-flow__handle.source")).toHaveCount(5);

  // Fetch slots, with the service id picked from the variable list.
  await dragFromPalette(page, "httpRequest", { x: 820, y: 120 });
  await expect(form).toContainText("httpRequest_1");
  await expect(page.getByText(/Fix \d+ errors? to publish/)).toBeVisible();
  const url = form.getByLabel("URL");
  await url.fill("https://clinic.example/slots?service=");
  await url.press("End");
  await url.pressSequentially("{{ reply.i");
  await page.getByRole("option", { name: /reply\.id/ }).click();
  await expect(url).toHaveValue("https://clinic.example/slots?service={{ reply.id }}");
  await form.getByLabel("Save response as").fill("slots");

  // Slots: a list built from the response.
  await dragFromPalette(page, "message.list", { x: 150, y: 560 });
  await expect(form).toContainText("list_2");
  await form.getByLabel("Body").fill("Which slot suits you?");
  await form.getByLabel("Rows").selectOption("dynamic");
  await form.getByLabel("Array to list").fill("vars.slots.body.slots");
  await form.getByLabel("Row title").fill("{{ item.time }}");
  await form.getByLabel("Row id").fill("{{ item.id }}");

  // Confirm with two buttons, then say so and end.
  await dragFromPalette(page, "message.buttons", { x: 480, y: 560 });
  await expect(form).toContainText("buttons_1");
  await form.getByLabel("Body").fill("Shall I book {{ reply.title }}?");
  await form.getByRole("listitem", { name: "button 1" }).getByLabel("Title").fill("Yes, book it");
  await form.getByRole("listitem", { name: "button 1" }).getByLabel("Id").fill("confirm");
  await form.getByRole("listitem", { name: "button 2" }).getByLabel("Title").fill("Change");
  await form.getByRole("listitem", { name: "button 2" }).getByLabel("Id").fill("change");

  await dragFromPalette(page, "message.text", { x: 820, y: 560 });
  await expect(form).toContainText("text_1");
  await form.getByLabel("Message", { exact: true }).fill("You're booked ✅ See you then.");
  await dragFromPalette(page, "end", { x: 1150, y: 560 });
  await expect(form).toContainText("end_1");
  await form.getByLabel("Outcome").fill("Booked");
  await dragFromPalette(page, "end", { x: 1150, y: 120 });
  await expect(form).toContainText("end_2");
  await form.getByLabel("Outcome").fill("No answer or not delivered");

  // Every path of the booking, connected by dragging handle to input.
  await page.keyboard.press("Escape");
  await connect(page, "trigger_inbound_1", "next", "list_1");
  await connect(page, "list_1", "option:checkup", "httpRequest_1");
  await connect(page, "list_1", "option:whitening", "httpRequest_1");
  await connect(page, "list_1", "other", "list_1");
  await connect(page, "httpRequest_1", "success", "list_2");
  await connect(page, "httpRequest_1", "error", "text_1");
  await connect(page, "list_2", "selected", "buttons_1");
  await connect(page, "buttons_1", "option:confirm", "text_1");
  await connect(page, "buttons_1", "option:change", "httpRequest_1");
  await connect(page, "text_1", "next", "end_1");
  await expect(page.getByTestId("journey-canvas").locator(".react-flow__edge")).toHaveCount(10);
  // A handle takes one edge: a second drag from it is refused.
  await connect(page, "trigger_inbound_1", "next", "buttons_1");
  await expect(page.getByTestId("journey-canvas").locator(".react-flow__edge")).toHaveCount(10);
  await page.getByRole("tab", { name: /Problems/ }).click();
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("0 errors");
  await expect(page.getByRole("region", { name: "Problems" })).toContainText('"No reply" is not connected');

  // The unhappy paths too: re-ask on an unexpected answer, give up on silence or failure.
  for (const [source, handle, target] of [
    ["list_1", "timeout", "end_2"],
    ["list_1", "failed", "end_2"],
    ["list_2", "other", "list_2"],
    ["list_2", "timeout", "end_2"],
    ["list_2", "failed", "end_2"],
    ["buttons_1", "other", "buttons_1"],
    ["buttons_1", "timeout", "end_2"],
    ["buttons_1", "failed", "end_2"],
    ["text_1", "failed", "end_2"],
  ]) {
    await connect(page, source, handle, target);
  }
  await expect(page.getByTestId("journey-canvas").locator(".react-flow__edge")).toHaveCount(19);
  // A self-loop ends with a click on its own step, which selects it and shows its form.
  await page.getByRole("tab", { name: /Problems/ }).click();
  // Nothing but what this workspace lacks: a channel that can send (its test server has none).
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("0 errors");
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No channel can send yet");
  await waitSaved(page);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published v1", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("journey-canvas").locator(".react-flow__node")).toHaveCount(8);
  await expect(page.getByTestId("journey-canvas").locator(".react-flow__edge")).toHaveCount(19);
  await expect(page.getByTestId("node-list_1")).toContainText("Whitening");
  const saved = (await (await request.get(`/api/journeys/${journey.id}`)).json()).journey.document;
  expect(saved.edges).toContainEqual(expect.objectContaining({ source: "buttons_1", sourceHandle: "option:change", target: "httpRequest_1" }));
  expect(saved.nodes.find((n: { id: string }) => n.id === "httpRequest_1").data.url).toBe("https://clinic.example/slots?service={{ reply.id }}");
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "./test";
import { authHeaders } from "./workspace-auth.mjs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { inspector, selectStep } from "./editor-helpers";
import { createJourney, fixture } from "./helpers";

const sample = (name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "../lib/journey/samples", `${name}.json`), "utf8"));
const booking = sample("appointment-booking");
const leadQualification = sample("lead-qualification");
const orderShipped = sample("order-shipped");

// The clinic's API on loopback: the preview calls it for real (HTTP_ALLOWED_HOSTS lists 127.0.0.1).
let clinic: Server;
let clinicUrl = "";
const slotRequests: string[] = [];

test.beforeAll(async () => {
  clinic = createServer((req, res) => {
    slotRequests.push(req.url ?? "");
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ slots: [{ id: "s1", day: "Mon", time: "09:00", dentist: "Dr Lee" }, { id: "s2", day: "Tue", time: "11:00", dentist: "Dr Ng" }] }));
  });
  await new Promise<void>((resolve) => clinic.listen(0, "127.0.0.1", resolve));
  clinicUrl = `http://127.0.0.1:${(clinic.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => clinic.close(() => resolve())));

const phone = (page: Page) => page.getByRole("region", { name: "Preview", exact: true });
const chat = (page: Page) => phone(page).getByRole("log", { name: "Chat" });
const debug = (page: Page) => page.getByRole("region", { name: "Preview run" });

async function openPreview(page: Page, journeyId: string) {
  await page.goto(`/journeys/${journeyId}`);
  // The button is enabled once the page is hydrated; the click waits for that.
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(debug(page)).toBeVisible();
}

async function say(page: Page, text: string) {
  await phone(page).getByRole("textbox", { name: "Message" }).fill(text);
  await phone(page).getByRole("button", { name: "Send", exact: true }).click();
}

test("chat through the booking sample: list, slots from the clinic's API, confirm, with the canvas following", async ({ page, request }) => {
  // Long by nature: a whole booking against a real backend, the canvas checked at each step.
  test.slow();
  const journey = await createJourney(request, booking);
  await openPreview(page, journey.id);
  // The sample answers from its saved responses; this chat calls the clinic for real.
  await debug(page).getByRole("group", { name: "Mock for fetch_slots" }).getByRole("radio", { name: "Real request" }).click();

  // The draft on screen is what runs: point the slots request at the loopback clinic, unsaved.
  await page.keyboard.press("f");
  await selectStep(page, "fetch_slots");
  await inspector(page).getByLabel("URL").fill(`${clinicUrl}/slots?service={{ vars.service_id }}`);

  await say(page, "Hi, I want to *book* a visit");
  await expect(chat(page).locator('[data-format="bold"]', { hasText: "book" })).toBeVisible();
  await expect(chat(page)).toContainText("Which service would you like to book?");
  await expect(page.getByTestId("node-choose_service")).toHaveAttribute("data-preview", "current");
  await expect(page.getByTestId("node-trigger")).toHaveAttribute("data-preview", "visited");
  await expect(phone(page).getByTestId("preview-status")).toHaveText("Waiting for a reply");
  await expect(phone(page).getByTestId("preview-timer")).toContainText(/No reply in (1 hour|59:\d\d)/);

  await chat(page).getByRole("button", { name: "Choose service" }).click();
  const sheet = phone(page).getByRole("dialog", { name: "Choose service" });
  await expect(phone(page).getByRole("button", { name: "Send selection" })).toBeDisabled();
  await sheet.getByRole("radio", { name: /Check-up/ }).click();
  await sheet.getByRole("button", { name: "Send selection" }).click();
  await expect(sheet).toBeHidden();

  await expect(chat(page)).toContainText("Here are the next free slots for Check-up");
  expect(slotRequests.at(-1)).toBe("/slots?service=checkup");
  await expect(page.getByTestId("node-pick_slot")).toHaveAttribute("data-preview", "current");
  await expect(page.getByTestId("node-fetch_slots")).toHaveAttribute("data-preview", "visited");
  // Selecting the step showed its form; the run's side is one tab away.
  await page.getByRole("tab", { name: "Run", exact: true }).click();
  await expect(debug(page).getByTestId("preview-scope-vars")).toContainText('"service": "Check-up"');

  await chat(page).getByRole("button", { name: "See slots" }).click();
  await phone(page).getByRole("radio", { name: /Tue 11:00/ }).click();
  await phone(page).getByRole("button", { name: "Send selection" }).click();
  await expect(chat(page)).toContainText("Check-up on Tue 11:00, with Dr Ng. Shall I book it?");

  // The booking call answers with the response saved in the step, edited here: typing is enough.
  const mock = debug(page).getByRole("group", { name: "Mock for book" });
  await expect(mock.getByRole("radio", { name: "Saved response" })).toHaveAttribute("aria-checked", "true");
  await mock.getByLabel("book response body").fill('{ "reference": "BK-42" }');

  await chat(page).getByRole("button", { name: "Yes, book it" }).click();
  await expect(chat(page)).toContainText("Your reference is BK-42");
  await expect(chat(page).locator('[data-format="bold"]', { hasText: "Check-up" })).toBeVisible();
  await expect(chat(page)).toContainText("Journey ended: Booked");
  await expect(phone(page).getByTestId("preview-status")).toHaveText("Ended");
  await expect(page.getByTestId("node-end_booked")).toHaveAttribute("data-preview", "visited");
  await expect(page.locator("[data-preview=current]")).toHaveCount(0);
  await expect(page.getByTestId("node-calendar_down")).not.toHaveAttribute("data-preview", /.+/);
  // Every message the contact sent has been read by the journey.
  await expect(chat(page).getByLabel("Read")).toHaveCount(4);

  // Nothing of this is a production run.
  const runs = await (await request.get(`/api/runs?journeyId=${journey.id}`)).json();
  expect(runs.runs).toEqual([]);
});

test("the booking sample chats out of the box: its requests answer from saved responses, edited as they are typed", async ({ page, request }) => {
  // Long by nature: two whole bookings in the preview, an edit saved in between.
  test.slow();
  const journey = await createJourney(request, booking);
  await openPreview(page, journey.id);
  const slots = debug(page).getByRole("group", { name: "Mock for fetch_slots" });
  await expect(slots).toContainText("Saved with the journey: the preview answers with it and sends nothing");
  const before = slotRequests.length;

  await say(page, "I want to book");
  await chat(page).getByRole("button", { name: "Choose service" }).click();
  await phone(page).getByRole("radio", { name: /Check-up/ }).click();
  await phone(page).getByRole("button", { name: "Send selection" }).click();
  await chat(page).getByRole("button", { name: "See slots" }).click();
  await phone(page).getByRole("radio", { name: /Thu 15:30/ }).click();
  await phone(page).getByRole("button", { name: "Send selection" }).click();
  await chat(page).getByRole("button", { name: "Yes, book it" }).click();
  await expect(chat(page)).toContainText("Your reference is BK-1042");
  expect(slotRequests.length).toBe(before);

  // A change to the saved slots counts from the next request, and is saved with the journey.
  const body = slots.getByLabel("fetch_slots response body");
  await body.fill('{ "slots": [ { "id": "sat", "day": "Sat", "time": "10:00", "dentist": "Dr Ortiz" } ');
  await expect(slots.getByRole("alert")).toContainText("Not saved: the body is not JSON");
  await body.fill('{ "slots": [ { "id": "sat", "day": "Sat", "time": "10:00", "dentist": "Dr Ortiz" } ] }');
  await expect(slots.getByRole("alert")).toBeHidden();
  await phone(page).getByRole("button", { name: "Restart" }).click();
  await say(page, "book again");
  await chat(page).getByRole("button", { name: "Choose service" }).click();
  await phone(page).getByRole("radio", { name: /Whitening/ }).click();
  await phone(page).getByRole("button", { name: "Send selection" }).click();
  await chat(page).getByRole("button", { name: "See slots" }).click();
  await expect(phone(page).getByRole("radio", { name: /Sat 10:00/ })).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
  const saved = (await (await request.get(`/api/journeys/${journey.id}`)).json()).journey.document;
  expect(saved.nodes.find((n: { id: string }) => n.id === "fetch_slots").data.sampleResponse.body.slots[0].dentist).toBe("Dr Ortiz");
});

test("a WhatsApp Flow form checks its fields before it is submitted into the run", async ({ page, request }) => {
  const journey = await createJourney(request, leadQualification);
  await openPreview(page, journey.id);
  const lead = debug(page).getByRole("group", { name: "Mock for create_lead" });
  await expect(lead.getByRole("radio", { name: "Saved response" })).toHaveAttribute("aria-checked", "true");

  await say(page, "pricing please");
  await chat(page).getByRole("button", { name: "Not yet" }).click();
  await chat(page).getByRole("button", { name: "Get started" }).click();

  const form = phone(page).getByRole("dialog", { name: "About your company" });
  await expect(form.getByRole("heading", { name: "Tell us about your team" })).toBeVisible();
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form.getByRole("alert")).toHaveCount(3);
  await expect(form.getByRole("alert").first()).toHaveText("This field is required");
  await expect(form.getByLabel("Company name")).toBeFocused();

  await form.getByLabel("Company name").fill("Acme");
  await form.getByLabel("Work email").fill("jane@acme");
  await form.getByLabel("Company size").selectOption("201-1000");
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form.getByRole("alert")).toHaveText("Enter a valid email address");
  await expect(form.getByLabel("Work email")).toBeFocused();

  await form.getByLabel("Work email").fill("jane@acme.com");
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form).toBeHidden();
  await expect(chat(page)).toContainText("Form submitted");
  await expect(chat(page)).toContainText("Thanks Acme! Our enterprise team will contact you at jane@acme.com");
  await expect(page.getByTestId("node-end_enterprise")).toHaveAttribute("data-preview", "visited");
  await expect(debug(page).getByTestId("preview-scope-vars")).toContainText('"company_size": "201-1000"');
});

test("skip a delay, hit a real reply timeout, restart, and start from a chosen step", async ({ page, request }) => {
  // Long by nature: it waits out a real reply timeout.
  test.slow();
  const journey = await createJourney(request, fixture("preview-waits.journey.json"));
  await openPreview(page, journey.id);

  await say(page, "hello?");
  await expect(chat(page).getByRole("note")).toContainText("No trigger matches this message");

  await say(page, "hi");
  await expect(chat(page).locator('[data-format="italic"]')).toHaveText("checking");
  await expect(chat(page).locator('[data-format="strike"]')).toHaveText("calendar");
  await expect(page.getByTestId("node-pause")).toHaveAttribute("data-preview", "current");
  await expect(phone(page).getByTestId("preview-status")).toHaveText("In a delay");
  // "1 hour" for its first second, then a countdown: a busy machine may show either.
  await expect(phone(page).getByTestId("preview-timer")).toContainText(/Delay ends in (1 hour|59:\d\d)/);

  await phone(page).getByRole("button", { name: "Skip wait" }).click();
  await expect(chat(page)).toContainText("Still want the appointment?");
  await expect(page.getByTestId("node-ask")).toHaveAttribute("data-preview", "current");

  // The 3-second reply timeout really passes.
  await expect(chat(page)).toContainText("No answer, so I closed this for now.", { timeout: 10_000 });
  await expect(page.getByTestId("node-end_silent")).toHaveAttribute("data-preview", "visited");
  await expect(page.getByTestId("node-great")).not.toHaveAttribute("data-preview", /.+/);

  await phone(page).getByRole("button", { name: "Restart" }).click();
  await expect(chat(page)).not.toContainText("Still want the appointment?");
  await expect(phone(page).getByTestId("preview-status")).toHaveText("Not started");
  await expect(page.locator("[data-preview]")).toHaveCount(0);

  await page.keyboard.press("f");
  await page.getByTestId("node-ask").click();
  await phone(page).getByRole("button", { name: "Start here" }).click();
  await expect(chat(page)).toContainText("Still want the appointment?");
  await chat(page).getByRole("button", { name: "Yes please" }).click();
  await expect(chat(page)).toContainText("Great, see you soon!");
  await expect(chat(page)).toContainText("Journey ended: Confirmed");
});

test("with the 24-hour window closed a free-form message cannot go out; the simulated contact can be changed", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("preview-waits.journey.json"));
  await openPreview(page, journey.id);
  await page.getByRole("tab", { name: "Run", exact: true }).click();
  await debug(page).getByLabel(/24-hour window open/).uncheck();
  await expect(debug(page)).toContainText("Closed now");
  await say(page, "hi");
  await expect(chat(page)).toContainText("Journey ended");
  await expect(chat(page)).not.toContainText("Hold on");
  await expect(debug(page).getByRole("list", { name: "Step log" })).toContainText("The 24-hour window is closed");
  await expect(page.getByTestId("node-hello")).toHaveAttribute("data-preview", "visited");

  // The simulated contact: a bad number is refused with the reason, a good one is used.
  await debug(page).getByLabel("Number").fill("12");
  await debug(page).getByRole("button", { name: "Use this contact" }).click();
  await expect(chat(page).getByRole("alert")).toHaveText(/E\.164/);
  await debug(page).getByLabel("Name").fill("Priya");
  await debug(page).getByLabel("Number").fill("+447700900123");
  await debug(page).getByRole("button", { name: "Use this contact" }).click();
  await expect(debug(page).getByTestId("preview-scope-contact")).toContainText("+447700900123");
  await expect(debug(page).getByTestId("preview-scope-contact")).toContainText("Priya");
});

test("an API-started journey: a template with quick replies, then a carousel or a link button", async ({ page, request }) => {
  const journey = await createJourney(request, orderShipped);
  await openPreview(page, journey.id);
  await debug(page).getByLabel("Start variables").fill('{ "first_name": "Sam", "order_id": "A-1001", "tracking_url": "https://track.example/A-1001", "discount_code": "SAM10" }');
  await debug(page).getByRole("button", { name: "Start as an API call" }).click();
  await expect(chat(page)).toContainText("Template · order_shipped · en_US");
  await expect(chat(page)).toContainText("A-1001");
  await expect(chat(page).getByRole("note").first()).toContainText("only templates reach them");

  await chat(page).getByRole("button", { name: "products" }).click();
  const cards = chat(page).getByRole("list", { name: "Carousel" }).getByRole("listitem");
  await expect(cards).toHaveCount(3);
  await expect(cards.first()).toContainText("sneakers?ref=wa");
  await expect(page.getByTestId("node-products")).toHaveAttribute("data-preview", "visited");

  await phone(page).getByRole("button", { name: "Restart" }).click();
  await phone(page).getByRole("button", { name: "Start", exact: true }).click();
  await chat(page).getByRole("button", { name: "track" }).click();
  await expect(chat(page).getByRole("link", { name: "Track parcel" })).toHaveAttribute("href", "https://track.example/A-1001");
  await expect(chat(page)).toContainText("Journey ended: Tracked");
});

test("the preview API checks its input, streams snapshots and forgets a closed preview", async ({ request, baseURL }) => {
  const journey = await createJourney(request, fixture("preview-waits.journey.json"));
  const bad = await request.post("/api/previews", { data: { journeyId: journey.id, document: { schema: "journey/v1" }, contact: { msisdn: "12" } } });
  expect(bad.status()).toBe(400);
  const paths = (await bad.json()).error.issues.map((i: { path: string }) => i.path);
  expect(paths).toEqual(expect.arrayContaining(["document.name", "document.nodes", "contact.msisdn"]));

  const opened = await request.post("/api/previews", { data: { journeyId: journey.id, document: fixture("preview-waits.journey.json") } });
  expect(opened.status()).toBe(201);
  const { id } = await opened.json();

  const wrong = await request.post(`/api/previews/${id}/commands`, { data: { type: "send", reply: { type: "button", id: "" } } });
  expect(wrong.status()).toBe(400);
  expect((await wrong.json()).error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["reply.id", "reply.title"]));
  expect((await request.post(`/api/previews/${id}/commands`, { data: { type: "skipWait" } })).status()).toBe(409);

  // Server-sent events: the snapshot now, then one per change.
  const controller = new AbortController();
  const stream = await fetch(`${baseURL}/api/previews/${id}/stream`, { signal: controller.signal, headers: authHeaders });
  expect(stream.headers.get("content-type")).toContain("text/event-stream");
  const reader = stream.body!.getReader();
  const events: Array<{ revision: number; messages: Array<{ from: string }> }> = [];
  let buffer = "";
  const readUntil = async (done: () => boolean) => {
    while (!done()) {
      const { value } = await reader.read();
      buffer += new TextDecoder().decode(value);
      const frames = buffer.split("\n\n");
      buffer = frames.pop()!;
      for (const frame of frames) {
        const data = frame.split("\n").find((line) => line.startsWith("data: "));
        if (data) events.push(JSON.parse(data.slice(6)));
      }
    }
  };
  await readUntil(() => events.length >= 1);
  expect(events[0].messages).toEqual([]);
  await request.post(`/api/previews/${id}/commands`, { data: { type: "send", reply: { type: "text", text: "hi" } } });
  await readUntil(() => events.some((e) => e.messages.some((m) => m.from === "business")));
  expect(events.map((e) => e.revision)).toEqual([...events.map((e) => e.revision)].sort((a, b) => a - b));
  controller.abort();

  expect((await request.delete(`/api/previews/${id}`)).status()).toBe(204);
  expect((await request.get(`/api/previews/${id}`)).status()).toBe(404);
  expect((await request.post(`/api/previews/${id}/commands`, { data: { type: "restart" } })).status()).toBe(404);
});

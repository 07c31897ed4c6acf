import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./test";
import { createJourney, fixture, fixturePath, uniqueName } from "./helpers";
import { inspector, openEditor, selectStep, waitSaved } from "./editor-helpers";

const booking = () => JSON.parse(readFileSync(path.join(import.meta.dirname, "../lib/journey/samples/appointment-booking.json"), "utf8"));
const nodes = (page: Page) => page.getByTestId("journey-canvas").locator(".react-flow__node");
const edges = (page: Page) => page.getByTestId("journey-canvas").locator(".react-flow__edge");
/** Opens the editor with the whole journey in view (large ones open at their trigger). */
async function openAll(page: Page, id: string) {
  await openEditor(page, id);
  await expect(page.getByTestId("node-trigger")).toBeVisible();
  await page.keyboard.press("f");
}

const savedDocument = async (page: Page, id: string) => (await (await page.request.get(`/api/journeys/${id}`)).json()).journey.document;

test("undo and redo replay intents: an add, and a whole drag as one step", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("welcome.journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  await expect(nodes(page)).toHaveCount(4);

  await page.locator('[data-palette="message.text"]').click();
  const added = page.getByTestId("node-text_1");
  await expect(added).toBeVisible();
  const start = (await added.boundingBox())!;
  await page.mouse.move(start.x + 60, start.y + 14);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 60 + i * 15, start.y + 14 + i * 8);
  await page.mouse.up();
  const moved = (await added.boundingBox())!;
  expect(moved.x - start.x).toBeGreaterThan(100);

  await expect(page.getByRole("button", { name: "Undo" })).toHaveAttribute("title", /Undo Move step/);
  await page.keyboard.press("Control+z");
  await expect.poll(async () => Math.round((await added.boundingBox())!.x)).toBe(Math.round(start.x));
  await page.keyboard.press("Control+z");
  await expect(nodes(page)).toHaveCount(4);
  await page.keyboard.press("Control+Shift+z");
  await page.keyboard.press("Control+Shift+z");
  await expect(nodes(page)).toHaveCount(5);
  await expect.poll(async () => Math.round((await added.boundingBox())!.x)).toBe(Math.round(moved.x));
  await waitSaved(page);
  expect((await savedDocument(page, journey.id)).nodes.map((n: { id: string }) => n.id)).toContain("text_1");
});

test("copy, paste and delete steps, and paste them into another journey", async ({ page, request, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const first = await createJourney(request, fixture("welcome.journey.json"));
  const second = await createJourney(request, fixture("welcome.journey.json"));
  await page.goto(`/journeys/${first.id}`);
  await expect(edges(page)).toHaveCount(3);

  await selectStep(page, "greet");
  await page.getByTestId("node-done").click({ modifiers: ["Shift"] });
  await expect(inspector(page)).toContainText("2 steps selected");
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(page.getByTestId("node-greet_1")).toBeVisible();
  await expect(page.getByTestId("node-done_1")).toBeVisible();
  // The edge between the two copied steps comes along; edges to the rest do not.
  await expect(edges(page)).toHaveCount(4);

  await page.keyboard.press("Delete");
  await expect(nodes(page)).toHaveCount(4);
  await expect(edges(page)).toHaveCount(3);
  await selectStep(page, "not_sent");
  await page.keyboard.press("Delete");
  await expect(nodes(page)).toHaveCount(3);
  await expect(edges(page)).toHaveCount(2);
  await page.keyboard.press("Control+d");
  await expect(nodes(page)).toHaveCount(3);
  await page.keyboard.press("Control+z");
  await expect(nodes(page)).toHaveCount(4);
  await expect(edges(page)).toHaveCount(3);

  await selectStep(page, "greet");
  await page.keyboard.press("Control+c");
  await waitSaved(page);
  await page.goto(`/journeys/${second.id}`);
  await expect(nodes(page)).toHaveCount(4);
  await page.locator(".react-flow__pane").click();
  await page.keyboard.press("Control+v");
  await expect(page.getByTestId("node-greet_1")).toBeVisible();
  await waitSaved(page);
  expect((await savedDocument(page, second.id)).nodes).toContainEqual(expect.objectContaining({ id: "greet_1", type: "message" }));
});

test("handles follow the buttons: adding one adds a handle, removing one removes its edge, undoably", async ({ page, request }) => {
  const journey = await createJourney(request, booking());
  await openAll(page, journey.id);
  const confirm = page.getByTestId("node-confirm");
  await selectStep(page, "confirm");
  const handles = confirm.locator(".react-flow__handle.source");
  await expect(handles).toHaveCount(5);

  const buttons = inspector(page).getByRole("group", { name: "Buttons" });
  await buttons.getByRole("button", { name: "Add button" }).click();
  await expect(handles).toHaveCount(6);
  await expect(confirm).toContainText("Button 3");
  await expect(buttons.getByRole("button", { name: "Add button" })).toBeDisabled();

  const before = await edges(page).count();
  await buttons.getByRole("button", { name: "Remove button 2" }).click();
  await expect(handles).toHaveCount(5);
  await expect(confirm.locator('[data-handleid="option:change"]')).toHaveCount(0);
  await expect(edges(page)).toHaveCount(before - 1);
  await page.keyboard.press("Control+z");
  await expect(confirm.locator('[data-handleid="option:change"]')).toHaveCount(1);
  await expect(edges(page)).toHaveCount(before);
});

test("auto-layout arranges the journey left to right as one undoable step", async ({ page, request }) => {
  const journey = await createJourney(request, booking());
  await page.goto(`/journeys/${journey.id}`);
  await page.getByRole("button", { name: "Auto-layout" }).click();
  await waitSaved(page);
  const laid = await savedDocument(page, journey.id);
  const x = (doc: { nodes: Array<{ id: string; position: { x: number } }> }, id: string) => doc.nodes.find((n) => n.id === id)!.position.x;
  expect(x(laid, "trigger")).toBeLessThan(x(laid, "choose_service"));
  expect(x(laid, "choose_service")).toBeLessThan(x(laid, "fetch_slots"));
  expect(x(laid, "fetch_slots")).toBeLessThan(x(laid, "book"));

  await page.getByRole("button", { name: "Undo" }).click();
  await waitSaved(page);
  const restored = await savedDocument(page, journey.id);
  expect(restored.nodes.map((n: { position: unknown }) => n.position)).toEqual(booking().nodes.map((n: { position: unknown }) => n.position));
});

test("a stale save offers to overwrite or to reload, and reloading keeps mine in undo", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("welcome.journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  const rename = async (name: string) => {
    const current = (await (await request.get(`/api/journeys/${journey.id}`)).json()).journey;
    const renamed = await request.put(`/api/journeys/${journey.id}`, { data: { updatedAt: current.updatedAt, name } });
    expect(renamed.status(), await renamed.text()).toBe(200);
  };
  const nameField = page.getByRole("region", { name: "Journey settings" }).getByLabel("Journey name");
  const conflict = page.getByRole("dialog", { name: "Someone else saved this journey" });

  await rename("Renamed by a colleague");
  await nameField.fill("Mine wins");
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "Overwrite with mine" }).click();
  await waitSaved(page);
  expect((await savedDocument(page, journey.id)).name).toBe("Mine wins");

  await rename("Theirs wins");
  await nameField.fill("Mine again");
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "Reload their version" }).click();
  await expect(page.getByRole("heading", { name: "Theirs wins" })).toBeVisible();
  await expect(nameField).toHaveValue("Theirs wins");
  await page.locator(".react-flow__pane").click();
  await page.keyboard.press("Control+z");
  await expect(nameField).toHaveValue("Mine again");
  await waitSaved(page);
  expect((await savedDocument(page, journey.id)).name).toBe("Mine again");
});

test("leaving while a save is still on its way warns first", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("welcome.journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  await page.route(`**/api/journeys/${journey.id}`, (route) => (route.request().method() === "PUT" ? undefined : route.continue()));
  await page.getByRole("region", { name: "Journey settings" }).getByLabel("Journey name").fill("Not saved yet");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saving");
  const dialog = page.waitForEvent("dialog");
  void page.close({ runBeforeUnload: true });
  expect((await dialog).type()).toBe("beforeunload");
  await (await dialog).dismiss();
});

test("publishing is gated on errors; a problem takes you to its field, fixing it opens the gate", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("has-errors.journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeDisabled();
  await expect(page.getByText("Fix 1 error to publish")).toBeVisible();
  await expect(page.getByTestId("node-greet")).toContainText("1");

  await page.getByRole("tab", { name: /Problems/ }).click();
  const problems = page.getByRole("region", { name: "Problems" });
  await problems.getByRole("button", { name: /WhatsApp allows at most 3 reply buttons/ }).click();
  const buttons = inspector(page).getByRole("group", { name: "Buttons" });
  await expect(buttons).toContainText("WhatsApp allows at most 3 reply buttons");
  await expect(buttons.getByRole("listitem", { name: "button 1" }).getByLabel("Title")).toBeFocused();

  await buttons.getByRole("button", { name: "Remove button 4" }).click();
  await expect(page.getByText("Fix 1 error to publish")).toBeHidden();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published v1", { exact: true })).toBeVisible();
});

test("a field shows its counter and the limit it breaks in plain words", async ({ page, request }) => {
  const journey = await createJourney(request, booking(), uniqueName("Limits"));
  await openAll(page, journey.id);
  await selectStep(page, "confirm");
  const title = inspector(page).getByRole("listitem", { name: "button 1" }).getByLabel("Title");
  await title.fill("Yes please, book it for me");
  await expect(inspector(page).getByLabel("26 of 20 characters")).toBeVisible();
  await expect(inspector(page)).toContainText("Button title is 26 characters; WhatsApp allows 20");
  await expect(page.getByText("Fix 1 error to publish")).toBeVisible();
});

test("import replaces the draft from a file, undoably; export downloads the draft as it is", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("welcome.journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByRole("heading", { name: journey.name })).toBeVisible();

  await page.getByTestId("editor-import-file").setInputFiles(fixturePath("has-errors.journey.json"));
  await page.getByRole("dialog", { name: "Replace the draft?" }).getByRole("button", { name: "Replace draft" }).click();
  await expect(page.getByRole("heading", { name: "Too many buttons" })).toBeVisible();
  await expect(page.getByText("Fix 1 error to publish")).toBeVisible();
  await page.getByTestId("editor-import-file").setInputFiles(fixturePath("not-a-journey.json"));
  await expect(page.getByRole("dialog", { name: "This file could not be imported" })).toContainText('Unsupported schema "journey/v2"');
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).first().click();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { name: journey.name })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(exported).toEqual({ ...fixture("welcome.journey.json"), name: journey.name });
});

test("jumping to a problem far down a form scrolls only the inspector: the header and tabs stay put", async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const document = booking();
  const list = document.nodes.find((n: { id: string }) => n.id === "choose_service").data.message;
  list.sections[0].rows[2].description = "A free first visit to talk it through with a dentist, no treatment on the day";
  const journey = await createJourney(request, document, uniqueName("Far down"));
  await page.goto(`/journeys/${journey.id}`);
  await page.getByRole("tab", { name: /Problems/ }).click();
  await page.getByRole("region", { name: "Problems" }).getByRole("button", { name: /description/i }).first().click();
  const field = inspector(page).getByRole("listitem", { name: "row 3" }).getByLabel("Description");
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  expect(await page.evaluate(() => [window.scrollY, document.scrollingElement!.scrollTop])).toEqual([0, 0]);
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeInViewport();
  await expect(page.getByRole("tab", { name: /Problems/ })).toBeInViewport();
});

test("Ctrl+Z in a field undoes the whole edit, as the header's Undo does, and leaves no half-inserted variable", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("welcome.journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  await selectStep(page, "greet");
  const message = inspector(page).getByRole("textbox", { name: "Message" });
  const original = await message.inputValue();
  await message.click();
  await message.press("End");
  await message.pressSequentially(" See you soon");
  await expect(message).toHaveValue(`${original} See you soon`);
  await message.press("Control+z");
  await expect(message).toHaveValue(original);
  await expect(message).toBeFocused();
  await message.press("Control+Shift+z");
  await expect(message).toHaveValue(`${original} See you soon`);

  // The variable picker, closed with Escape: undo takes back what was typed with it, whole.
  await message.press("End");
  await message.pressSequentially(" {{ con");
  await expect(page.getByRole("listbox", { name: "Variables" })).toBeVisible();
  await message.press("Escape");
  await expect(page.getByRole("listbox", { name: "Variables" })).toBeHidden();
  await message.press("Control+z");
  await expect(message).toHaveValue(`${original} See you soon`);
  await message.press("Control+z");
  await expect(message).toHaveValue(original);
  await waitSaved(page);
  expect((await savedDocument(page, journey.id)).nodes.find((n: { id: string }) => n.id === "greet").data.message.text).toBe(original);
});

import { expect, test, type Page } from "./test";
import { inspector, selectStep, waitSaved } from "./editor-helpers";
import { createJourney, fixture } from "./helpers";

const welcome = fixture("welcome.journey.json");
/** The welcome journey with nothing connected: every output is open. */
const unwired = { ...welcome, edges: [] };

const canvas = (page: Page) => page.getByTestId("journey-canvas");
const step = (page: Page, name: string | RegExp) => canvas(page).getByRole("group", { name });

test("a step takes a title of its own: on the node, in problems and in its accessible name; the id stays", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await page.goto(`/journeys/${journey.id}`);
  await selectStep(page, "greet");
  await inspector(page).getByRole("textbox", { name: "Step title" }).fill("Say welcome");
  await expect(step(page, /^Say welcome, .* step greet$/)).toBeVisible();
  await expect(page.getByTestId("node-greet")).toContainText("Say welcome");
  await expect(page.getByTestId("node-greet")).toContainText("greet");

  // A problem in the step is listed under its title.
  await inspector(page).getByRole("textbox", { name: "Message" }).fill("");
  await page.getByRole("tab", { name: /Problems/ }).click();
  await expect(page.getByRole("region", { name: "Problems" }).getByRole("button", { name: /Say welcome/ })).toBeVisible();
  await waitSaved(page);
  const saved = (await (await request.get(`/api/journeys/${journey.id}`)).json()).journey.document.nodes.find((n: { id: string }) => n.id === "greet");
  expect(saved).toMatchObject({ id: "greet", title: "Say welcome" });
});

test("every node, handle and edge has a name, and steps connect from the keyboard", async ({ page, request }) => {
  const journey = await createJourney(request, unwired);
  await page.goto(`/journeys/${journey.id}`);
  await expect(step(page, /^Inbound message step trigger$/)).toBeVisible();
  await expect(canvas(page).getByLabel("Start output of Inbound message")).toBeVisible();

  // Select the trigger with the keyboard, pick the next step from a list.
  await step(page, /step trigger$/).focus();
  await page.keyboard.press("Enter");
  await expect(inspector(page)).toContainText("trigger");
  await inspector(page).getByRole("combobox", { name: "Next step after Start" }).selectOption({ value: "greet" });
  await expect(canvas(page).getByRole("group", { name: /^Start from Inbound message to .+/ })).toBeVisible();
  await page.keyboard.press("Control+z");
  await expect(canvas(page).getByRole("group", { name: /^Start from Inbound message/ })).toHaveCount(0);
});

test("the + on an open output adds the next step already connected", async ({ page, request }) => {
  const journey = await createJourney(request, unwired);
  await page.goto(`/journeys/${journey.id}`);
  await canvas(page).getByRole("button", { name: "Add a step after Sent of Text" }).click();
  const picker = page.getByRole("dialog", { name: "Add a step after Sent of Text" });
  await expect(picker.getByRole("textbox", { name: "Search steps" })).toBeFocused();
  // Triggers cannot follow a step; notes are never connected.
  await expect(picker.getByRole("option", { name: /Inbound message/ })).toHaveCount(0);
  await page.keyboard.type("end");
  await page.keyboard.press("Enter");
  await expect(picker).toBeHidden();
  await expect(canvas(page).getByRole("group", { name: /^Sent from Text to / })).toBeVisible();
  await expect(canvas(page).getByRole("button", { name: "Add a step after Sent of Text" })).toHaveCount(0);
  await waitSaved(page);
  const saved = (await (await request.get(`/api/journeys/${journey.id}`)).json()).journey.document;
  expect(saved.edges).toEqual([expect.objectContaining({ source: "greet", sourceHandle: "next", target: expect.stringMatching(/^end/) })]);
});

test("dropping a connection on empty canvas opens the step picker there", async ({ page, request }) => {
  const journey = await createJourney(request, unwired);
  await page.goto(`/journeys/${journey.id}`);
  const handle = canvas(page).getByLabel("Start output of Inbound message");
  const from = (await handle.boundingBox())!;
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 120, box.y + box.height - 120, { steps: 10 });
  await page.mouse.up();
  const picker = page.getByRole("dialog", { name: "Add a step after Start of Inbound message" });
  await expect(picker).toBeVisible();
  await picker.getByRole("option", { name: /Reply buttons/ }).click();
  await expect(canvas(page).getByRole("group", { name: /^Start from Inbound message to / })).toBeVisible();
  // Escape closes the picker without adding anything.
  await canvas(page).getByRole("button", { name: "Add a step after Sent of Text" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: /Add a step after/ })).toBeHidden();
  await expect(canvas(page).locator(".react-flow__node")).toHaveCount(5);
});

test("Ctrl+F finds steps by text, title or id and takes the view to each", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await page.goto(`/journeys/${journey.id}`);
  // The header's buttons are enabled once the page is hydrated: the editor's keys are live then.
  await expect(page.getByRole("button", { name: "Preview", exact: true })).toBeEnabled();
  await page.keyboard.press("Control+f");
  const search = page.getByRole("searchbox", { name: "Find on canvas" });
  await expect(search).toBeFocused();
  await search.fill("friend");
  await expect(page.getByRole("search").getByRole("status")).toHaveText("1 of 1");
  await page.keyboard.press("Enter");
  await expect(inspector(page)).toContainText("greet");
  await search.fill("e");
  await expect(page.getByRole("search").getByRole("status")).toHaveText("1 of 4");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("search").getByRole("status")).toHaveText("2 of 4");
  await search.fill("invoice");
  await expect(page.getByRole("search").getByRole("status")).toHaveText("No match");
});

test("a template field shows what it renders to: sample values first, then the preview's", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await page.goto(`/journeys/${journey.id}`);
  await selectStep(page, "greet");
  const field = inspector(page).getByRole("textbox", { name: "Message" });
  await field.fill("Hi {{ contact.name }}, you said {{ reply.text | upcase }}");
  const rendered = inspector(page).getByTestId("rendered-value");
  await expect(rendered).toHaveText("With sample values: Hi Alex Morgan, you said HELLO");
  await field.fill("Broken {{ contact.name | nosuchfilter }}");
  await expect(rendered).toContainText("nosuchfilter");
  await field.fill("You said {{ reply.text | upcase }}");

  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview", exact: true });
  await preview.getByRole("textbox", { name: "Message" }).fill("hi");
  await preview.getByRole("textbox", { name: "Message" }).press("Enter");
  await expect(preview).toContainText("You said HI");
  await page.getByRole("tab", { name: "Step" }).click();
  await expect(inspector(page).getByTestId("rendered-value")).toHaveText("With the preview's values: You said HI");
});

test("room to work at 1280×720: readable zoom at the trigger, half the width beside the preview, a small mini map that hides", async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const booking = fixture("../../lib/journey/samples/appointment-booking.json");
  const journey = await createJourney(request, booking);
  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByTestId("node-trigger")).toBeInViewport();
  const zoom = async () => Number((await page.locator(".react-flow__viewport").getAttribute("style"))?.match(/scale\(([\d.]+)\)/)?.[1]);
  expect(await zoom()).toBeGreaterThanOrEqual(0.7);

  const map = page.getByTestId("minimap");
  const area = async (locator: ReturnType<Page["locator"]>) => {
    const box = (await locator.boundingBox())!;
    return box.width * box.height;
  };
  expect(await area(map)).toBeLessThanOrEqual((await area(canvas(page))) / 6);

  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview", exact: true })).toBeVisible();
  expect((await canvas(page).boundingBox())!.width).toBeGreaterThanOrEqual(640);
  expect(await area(map)).toBeLessThanOrEqual((await area(canvas(page))) / 6);

  // The preview narrows from the keyboard (or by dragging its edge), and stays so.
  const separator = page.getByRole("separator", { name: "Resize the preview" });
  const before = (await canvas(page).boundingBox())!.width;
  await separator.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await canvas(page).boundingBox())!.width).toBeGreaterThan(before);

  await page.getByRole("button", { name: "Mini map" }).click();
  await expect(map).toBeHidden();
  await page.reload();
  await expect(page.getByTestId("node-trigger")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mini map" })).toHaveAttribute("aria-pressed", "false");
  await expect(map).toBeHidden();
});

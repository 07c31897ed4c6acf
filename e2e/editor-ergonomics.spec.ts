import { expect, test } from "./test";
import { inspector, openEditor, selectStep } from "./editor-helpers";
import { createJourney, fixture } from "./helpers";

const welcome = fixture("welcome.journey.json");

test("typing right after Add keyword goes into the new keyword, never to the editor's shortcuts", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await openEditor(page, journey.id);
  await selectStep(page, "trigger");
  await inspector(page).getByRole("button", { name: "Add keyword" }).click();
  await page.keyboard.type("info");
  await expect(page.locator(":focus")).toHaveValue("info");
  await expect(inspector(page).locator("input[value=info]")).toHaveCount(1);
  // "i" would have opened Insights, "p" the preview.
  await expect(page.getByRole("button", { name: "Insights" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("region", { name: "Preview", exact: true })).toHaveCount(0);
});

test("the + of an output places the new step beside its parent in a free spot, in view, and Escape on the picker returns to the +", async ({ page, request }) => {
  const document = structuredClone(welcome) as { edges: Array<{ id: string }> };
  document.edges = document.edges.filter((e) => e.id !== "e3");
  const journey = await createJourney(request, document);
  await openEditor(page, journey.id);
  const plus = page.getByRole("button", { name: "Add a step after Failed of Text" });
  await plus.click();
  const picker = page.getByRole("dialog", { name: /Add a step after Failed/ });
  await expect(picker).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(picker).toHaveCount(0);
  await expect(plus).toBeFocused();

  await plus.click();
  await page.keyboard.type("delay");
  await page.keyboard.press("Enter");
  const added = page.getByTestId("node-delay_1");
  await expect(added).toBeVisible();
  const canvas = (await page.getByTestId("journey-canvas").boundingBox())!;
  const box = (await added.boundingBox())!;
  const parent = (await page.getByTestId("node-greet").boundingBox())!;
  // To the right of its parent, inside the canvas.
  expect(box.x).toBeGreaterThan(parent.x + parent.width);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  // On no other step (those in view: the canvas draws only what is).
  for (const other of await page.locator('.react-flow__node:not([data-id="delay_1"])').all()) {
    const o = (await other.boundingBox())!;
    const apart = box.x >= o.x + o.width || o.x >= box.x + box.width || box.y >= o.y + o.height || o.y >= box.y + box.height;
    expect(apart, `the new step overlaps ${await other.getAttribute("data-id")}`).toBe(true);
  }
});

test("a connection dropped on the body of a step connects to its input, the step lit while dragged over", async ({ page, request }) => {
  const document = structuredClone(welcome) as { edges: Array<{ id: string }> };
  document.edges = document.edges.filter((e) => e.id !== "e3");
  const journey = await createJourney(request, document);
  await openEditor(page, journey.id);
  const from = (await page.getByTestId("node-greet").locator('.react-flow__handle.source[data-handleid="failed"]').boundingBox())!;
  const target = page.getByTestId("node-not_sent");
  const body = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(body.x + body.width * 0.6, body.y + body.height * 0.5, { steps: 12 });
  await expect(target).toHaveAttribute("data-drop-target", "over");
  await page.mouse.up();
  await expect(target).not.toHaveAttribute("data-drop-target");
  await expect(page.getByTestId("journey-canvas").getByRole("group", { name: /^Failed from Text to End/ })).toHaveCount(1);
});

test("a skip link takes the keyboard past the palette to the canvas", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await openEditor(page, journey.id);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the canvas" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("journey-canvas").locator(":focus")).toHaveCount(1);
});

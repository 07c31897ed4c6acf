import { expect, test } from "./test";
import { dragFromPalette, inspector, openEditor, selectStep } from "./editor-helpers";
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

test("palette clicks and drops put each new step in view, off the mini map and on no other step", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await openEditor(page, journey.id);
  type Box = { x: number; y: number; width: number; height: number };
  const apart = (a: Box, b: Box) => a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
  /** What a person would see wrong with where the step landed (the view may still be gliding to it). */
  const misplaced = async (id: string) => {
    const canvas = (await page.getByTestId("journey-canvas").boundingBox())!;
    const box = await page.getByTestId(`node-${id}`).boundingBox();
    if (!box) return ["not drawn"];
    const problems: string[] = [];
    if (box.x < canvas.x || box.y < canvas.y || box.x + box.width > canvas.x + canvas.width || box.y + box.height > canvas.y + canvas.height) problems.push("out of view");
    const miniMap = await page.getByRole("button", { name: /Mini map/ }).boundingBox();
    if (miniMap && !apart(box, miniMap)) problems.push("under the mini map");
    for (const other of await page.locator(`.react-flow__node:not([data-id="${id}"])`).all()) {
      const o = await other.boundingBox();
      if (o && !apart(box, o)) problems.push(`on ${await other.getAttribute("data-id")}`);
    }
    return problems;
  };
  // Two clicks aim at the same point (the middle of the view); a drop aims at a step.
  await page.locator('[data-palette="delay"]').click();
  await expect.poll(() => misplaced("delay_1")).toEqual([]);
  await page.locator('[data-palette="delay"]').click();
  await expect.poll(() => misplaced("delay_2")).toEqual([]);
  const canvas = (await page.getByTestId("journey-canvas").boundingBox())!;
  const greet = (await page.getByTestId("node-greet").boundingBox())!;
  await dragFromPalette(page, "delay", { x: greet.x - canvas.x + greet.width / 2, y: greet.y - canvas.y + 20 });
  await expect.poll(() => misplaced("delay_3")).toEqual([]);
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

import { expect, test } from "./test";
import { dragFromPalette, inspector, openEditor, selectStep } from "./editor-helpers";
import { createJourney, fixture } from "./helpers";
import type { Page } from "@playwright/test";

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
  // In view, on no other step (those in view: the canvas draws only what is), and to the right of its parent.
  await expect.poll(() => misplaced(page, "delay_1")).toEqual([]);
  const box = (await added.boundingBox())!;
  const parent = (await page.getByTestId("node-greet").boundingBox())!;
  expect(box.x).toBeGreaterThan(parent.x + parent.width);
});

test("palette clicks and drops put each new step in view, off the mini map and on no other step", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await openEditor(page, journey.id);
  // Two clicks aim at the same point (the middle of the view); a drop aims at a step.
  await page.locator('[data-palette="delay"]').click();
  await expect.poll(() => misplaced(page, "delay_1")).toEqual([]);
  await page.locator('[data-palette="delay"]').click();
  await expect.poll(() => misplaced(page, "delay_2")).toEqual([]);
  const canvas = (await page.getByTestId("journey-canvas").boundingBox())!;
  const greet = (await page.getByTestId("node-greet").boundingBox())!;
  await dragFromPalette(page, "delay", { x: greet.x - canvas.x + greet.width / 2, y: greet.y - canvas.y + 20 });
  await expect.poll(() => misplaced(page, "delay_3")).toEqual([]);
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

/**
 * What a person would see wrong with where a new step landed: out of the canvas's view,
 * under the mini map, or on another step. Measured in one pass in the page, since the
 * view may still be gliding to the step and steps outside it are not drawn.
 */
function misplaced(page: Page, id: string): Promise<string[]> {
  return page.evaluate((id) => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const apart = (a: Box, b: Box) => a.left >= b.right || b.left >= a.right || a.top >= b.bottom || b.top >= a.bottom;
    const canvas = document.querySelector('[data-testid="journey-canvas"]')!.getBoundingClientRect();
    const step = document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect();
    if (!step) return ["not drawn"];
    const problems: string[] = [];
    if (step.left < canvas.left || step.top < canvas.top || step.right > canvas.right || step.bottom > canvas.bottom) problems.push("out of view");
    const map = document.querySelector(".react-flow__minimap")?.getBoundingClientRect();
    if (map && map.width > 0 && !apart(step, map)) problems.push("under the mini map");
    for (const other of document.querySelectorAll(`.react-flow__node:not([data-id="${id}"])`)) {
      if (!apart(step, other.getBoundingClientRect())) problems.push(`on ${other.getAttribute("data-id")}`);
    }
    return problems;
  }, id);
}

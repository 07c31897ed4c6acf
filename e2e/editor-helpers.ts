import { expect, type Locator, type Page } from "@playwright/test";

/** Drags a palette entry onto the canvas with the mouse, dropping at (x, y) inside it. */
export async function dragFromPalette(page: Page, key: string, at: { x: number; y: number }) {
  const entry = page.locator(`[data-palette="${key}"]`);
  const from = (await entry.boundingBox())!;
  const canvas = (await page.getByTestId("journey-canvas").boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(canvas.x + at.x, canvas.y + at.y, { steps: 8 });
  await page.mouse.up();
}

/** Connects an output handle to a step's input by dragging between them. */
export async function connect(page: Page, source: string, handle: string, target: string) {
  const from = page.getByTestId(`node-${source}`).locator(`.react-flow__handle.source[data-handleid="${handle}"]`);
  const to = page.getByTestId(`node-${target}`).locator(".react-flow__handle.target");
  await drag(page, from, to);
}

export async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  await page.mouse.up();
}

export function inspector(page: Page) {
  return page.getByRole("region", { name: "Inspector" });
}

/** Selects a step by clicking its title. */
export async function selectStep(page: Page, id: string) {
  await page.getByTestId(`node-${id}`).click();
  await expect(inspector(page)).toContainText(id);
}

export async function waitSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
}

/** Opens a journey in the editor and waits until it is interactive (hydrated), as a person would see it. */
export async function openEditor(page: Page, id: string) {
  await page.goto(`/journeys/${id}`);
  await expect(page.getByRole("button", { name: "Preview", exact: true })).toBeEnabled();
}

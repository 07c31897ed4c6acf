import { expect, test } from "./test";
import { selectStep } from "./editor-helpers";
import { createJourney, fixture } from "./helpers";

test("a dialog owns the keyboard: keys do not act behind it, Escape closes it, focus goes back", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("welcome.journey.json"));
  await request.post(`/api/journeys/${journey.id}/publish`);
  await page.goto(`/journeys/${journey.id}`);
  await selectStep(page, "greet");

  // The shortcuts dialog, opened from its button.
  const helpButton = page.getByRole("button", { name: "Keyboard shortcuts" });
  await helpButton.click();
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  for (const key of ["Delete", "Backspace", "p", "f", "Control+a"]) await page.keyboard.press(key);
  await expect(page.getByTestId("node-greet")).toBeVisible();
  await expect(page.getByRole("region", { name: "Preview", exact: true })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(helpButton).toBeFocused();

  // Opened with "?", it closes with Escape too, and Delete still does not reach the step.
  await page.getByTestId("node-greet").click();
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
  await page.keyboard.press("Delete");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(page.getByTestId("node-greet")).toBeVisible();

  // A destructive dialog focuses Cancel, and gives focus back to the button that opened it.
  await page.getByRole("tab", { name: "Versions" }).click();
  const restoreButton = page.getByRole("button", { name: "Restore version 1" });
  await restoreButton.click();
  const restore = page.getByRole("dialog", { name: "Restore version 1?" });
  await expect(restore.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("p");
  await expect(page.getByRole("region", { name: "Preview", exact: true })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(restore).toBeHidden();
  await expect(restoreButton).toBeFocused();
});

test("dialogs focus their first field: naming a new journey starts typing at once", async ({ page }) => {
  await page.goto("/journeys");
  await page.getByRole("button", { name: "New journey" }).click();
  const dialog = page.getByRole("dialog", { name: "New journey" });
  await expect(dialog.getByLabel("Name")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "New journey" })).toBeFocused();
});

test("the palette's search has a name, and says so when nothing matches", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("welcome.journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  const palette = page.getByRole("complementary", { name: "Steps palette" });
  const search = palette.getByRole("searchbox", { name: "Find a step" });
  await search.fill("carousel");
  await expect(palette.locator("[data-palette]")).toHaveCount(1);
  await search.fill("fax machine");
  await expect(palette.locator("[data-palette]")).toHaveCount(0);
  await expect(palette.getByRole("status")).toHaveText("No step matches “fax machine”.");
});

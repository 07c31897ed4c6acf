import { expect, test } from "./test";
import { inspector, selectStep, waitSaved } from "./editor-helpers";
import { createJourney, fixture, fixturePath } from "./helpers";

const welcome = fixture("welcome.journey.json");

test("draft vs live: the header and the list say what is unpublished, a diff shows it, publishing clears it", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await request.post(`/api/journeys/${journey.id}/publish`);
  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByText("Published v1")).toBeVisible();
  const badge = page.getByRole("button", { name: "Unpublished changes" });
  await expect(badge).toHaveCount(0);

  await selectStep(page, "greet");
  await inspector(page).getByRole("textbox", { name: "Message" }).fill("Hello again!");
  await inspector(page).getByRole("textbox", { name: "Step title" }).fill("Greeting");
  await expect(badge).toBeVisible();
  await waitSaved(page);

  await badge.click();
  const diff = page.getByRole("dialog", { name: "Unpublished changes" });
  await expect(diff).toContainText("Against the live version 1: 1 step edited.");
  const edited = diff.getByRole("region", { name: "Steps edited" });
  await expect(edited).toContainText("Greeting");
  await expect(edited).toContainText("message.text");
  await expect(edited).toContainText("Hello again!");
  await expect(edited).toContainText('Welcome, {{ contact.name | default: "friend" }}!');
  await page.keyboard.press("Escape");

  // The list says it too, and clears once published.
  const list = await page.context().newPage();
  await list.goto("/journeys");
  const row = list.getByRole("listitem", { name: journey.name });
  await expect(row.getByText("Unpublished changes")).toBeVisible();

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published v2")).toBeVisible();
  await expect(badge).toHaveCount(0);
  await list.reload();
  await expect(row.getByText("Published v2")).toBeVisible();
  await expect(row.getByText("Unpublished changes")).toHaveCount(0);
});

test("importing a file into an open journey asks before it replaces the draft", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await page.goto(`/journeys/${journey.id}`);
  const steps = page.getByTestId("journey-canvas").locator(".react-flow__node");
  await expect(steps).toHaveCount(4);

  await page.getByTestId("editor-import-file").setInputFiles(fixturePath("preview-waits.journey.json"));
  const ask = page.getByRole("dialog", { name: "Replace the draft?" });
  await expect(ask).toContainText("The draft's 4 steps will be replaced by the 8 of preview-waits.journey.json");
  await expect(ask.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expect(steps).toHaveCount(4);

  await page.getByTestId("editor-import-file").setInputFiles(fixturePath("preview-waits.journey.json"));
  await ask.getByRole("button", { name: "Replace draft" }).click();
  await expect(steps).toHaveCount(8);
});

test("a journey is turned off and on from the list and from the editor, and stays so", async ({ page, request }) => {
  const journey = await createJourney(request, welcome);
  await request.post(`/api/journeys/${journey.id}/publish`);
  await page.goto("/journeys");
  const row = page.getByRole("listitem", { name: journey.name });
  const listSwitch = row.getByRole("switch", { name: `${journey.name} active` });
  await expect(listSwitch).toHaveAttribute("aria-checked", "true");

  await listSwitch.click();
  const ask = page.getByRole("dialog", { name: "Turn this journey off?" });
  await expect(ask.getByRole("button", { name: "Turn off, let them finish" })).toBeFocused();
  await ask.getByRole("button", { name: "Turn off, let them finish" }).click();
  await expect(ask).toBeHidden();
  await expect(listSwitch).toHaveAttribute("aria-checked", "false");
  expect((await (await request.get(`/api/journeys/${journey.id}`)).json()).journey.active).toBe(false);

  await page.reload();
  await expect(listSwitch).toHaveAttribute("aria-checked", "false");
  await row.getByRole("link", { name: journey.name, exact: true }).click();
  // The list has a switch of the same name: act only once the editor is there.
  await expect(page.getByRole("link", { name: "Back to journeys" })).toBeVisible();
  const editorSwitch = page.getByRole("switch", { name: `${journey.name} active` });
  await expect(editorSwitch).toHaveAttribute("aria-checked", "false");
  await editorSwitch.click();
  await expect(editorSwitch).toHaveAttribute("aria-checked", "true");
  expect((await (await request.get(`/api/journeys/${journey.id}`)).json()).journey.active).toBe(true);
});

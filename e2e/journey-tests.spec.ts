import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { APIRequestContext, Page } from "@playwright/test";
import { E2E_API_TOKEN } from "./workspace-auth.mjs";
import { expect, test } from "./test";
import { inspector, selectStep, waitSaved } from "./editor-helpers";
import { createJourney, fixture } from "./helpers";

const phone = (page: Page) => page.getByRole("region", { name: "Preview", exact: true });
const tests = (page: Page) => page.getByRole("region", { name: "Tests" });

/** A new front-desk journey, opened in the preview, where the customer says hello and books. */
async function bookInPreview(page: Page, request: APIRequestContext) {
  const journey = await createJourney(request, fixture("tests-journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await phone(page).getByRole("textbox", { name: "Message" }).fill("front desk");
  await phone(page).getByRole("button", { name: "Send", exact: true }).click();
  await phone(page).getByRole("button", { name: "Book a visit" }).click();
  await expect(phone(page)).toContainText("Let's book your visit.");
  return journey;
}

test("record a test in the preview, break the journey and see the diff, fix it, and gate publishing on it", async ({ page, request, baseURL }) => {
  // Long by nature: a chat, four test runs, two saves, a publish refused and one accepted, and the command line.
  test.slow();
  const journey = await bookInPreview(page, request);

  await phone(page).getByRole("button", { name: "Save as test" }).click();
  const dialog = page.getByRole("dialog", { name: "Save as test" });
  await dialog.getByLabel("Test name").fill("Books a visit");
  await dialog.getByRole("button", { name: "Save test" }).click();
  await expect(page.getByRole("tab", { name: /Tests/, selected: true })).toBeVisible();
  const row = tests(page).getByRole("listitem", { name: "Books a visit" });
  await expect(row).toHaveAttribute("data-status", "not run");
  await tests(page).getByRole("button", { name: "Run tests" }).click();
  await expect(row).toHaveAttribute("data-status", "passed");
  await expect(tests(page).getByRole("status")).toContainText("1 passed, 0 failed");
  await expect(tests(page).getByTestId("coverage-outputs")).toContainText("30% (3/10)");

  // What no test reaches shows on the canvas.
  await tests(page).getByLabel("Mark what no test reaches on the canvas").check();
  await expect(page.getByTestId("node-question")).toHaveAttribute("data-coverage", "untested");
  await expect(page.getByTestId("node-booking")).not.toHaveAttribute("data-coverage", "untested");
  await expect(page.getByTestId("node-booking").locator("[data-untested]")).toHaveCount(1);

  await page.getByRole("button", { name: "Close preview" }).click();
  await selectStep(page, "booking");
  await inspector(page).getByLabel("Message", { exact: true }).fill("Let us book your visit!");
  await waitSaved(page);
  await page.getByRole("tab", { name: /Tests/ }).click();
  await tests(page).getByRole("button", { name: "Run tests" }).click();
  await expect(row).toHaveAttribute("data-status", "failed");
  const diff = row.getByRole("list", { name: "What differs" });
  await expect(diff).toContainText("Message 2 differs");
  await expect(diff).toContainText("Let's book your visit.");
  await expect(diff).toContainText("Let us book your visit!");

  // With the gate on, publishing names the failing test.
  await tests(page).getByLabel("Publish only when every test passes").check();
  await waitSaved(page);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Test “Books a visit” fails: Message 2 differs" })).toBeVisible();

  // Loosen the expectation: the message only has to mention booking.
  await row.getByLabel("How message 2 is compared").selectOption("contains");
  await row.getByLabel("Text message 2 contains").fill("book your visit");
  await waitSaved(page);
  await tests(page).getByRole("button", { name: "Run tests" }).click();
  await expect(row).toHaveAttribute("data-status", "passed");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published v1", { exact: true })).toBeVisible();

  // The tests are part of the document: they come back with it.
  const saved = await (await request.get(`/api/journeys/${journey.id}`)).json();
  expect(saved.journey.document.settings.requirePassingTests).toBe(true);
  expect(saved.journey.document.tests).toEqual([expect.objectContaining({ name: "Books a visit", expect: expect.objectContaining({ messages: [expect.objectContaining({ match: "exact" }), { match: "contains", type: "text", nodeId: "booking", content: { text: "Let's book your visit." }, text: "book your visit" }] }) })]);
  const run = await (await request.post(`/api/journeys/${journey.id}/tests/run`, { data: {} })).json();
  expect(run).toMatchObject({ passed: 1, failed: 0 });

  // The same from a CI job's command line, against this running app.
  const cli = await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/journeys/test-journeys.ts", "--app", baseURL!, "--token", E2E_API_TOKEN, "--journey", journey.id]);
  expect(cli.stdout).toContain("✓ Books a visit");
  expect(cli.stdout).toContain("1 passed, 0 failed (1 journeys with tests)");
});

test("generate tests: drafts that take every output, kept with one click", async ({ page, request }) => {
  const journey = await createJourney(request, fixture("tests-journey.json"));
  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByRole("button", { name: "Preview", exact: true })).toBeEnabled();
  await page.getByRole("tab", { name: /Tests/ }).click();
  await tests(page).getByRole("button", { name: "Generate tests" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("list", { name: "Generated tests" }).getByRole("listitem")).not.toHaveCount(0);
  await dialog.getByRole("button", { name: /Keep \d+ tests/ }).click();
  await tests(page).getByRole("button", { name: "Run tests" }).click();
  await expect(tests(page).getByRole("status")).toContainText(/\d+ passed, 0 failed/);
  await expect(tests(page).getByTestId("coverage-outputs")).toContainText("100%");
});

test("re-record a test from one of its turns: the preview replays the turns before it, and the update replaces the test", async ({ page, request }) => {
  const journey = await bookInPreview(page, request);
  await phone(page).getByRole("button", { name: "Save as test" }).click();
  await page.getByRole("dialog", { name: "Save as test" }).getByRole("button", { name: "Save test" }).click();

  const row = tests(page).getByRole("listitem").first();
  await row.getByRole("button", { name: "Details" }).click();
  await row.getByRole("button", { name: "Re-record from turn 2" }).click();
  // The first turn is played again; the designer goes on by hand.
  await expect(phone(page).getByRole("button", { name: "Ask a question" })).toBeVisible();
  await expect(phone(page)).not.toContainText("Let's book your visit.");
  await phone(page).getByRole("button", { name: "Ask a question" }).click();
  await expect(phone(page)).toContainText("Ask away, we read everything.");
  await phone(page).getByRole("button", { name: "Update test" }).click();
  await page.getByRole("dialog", { name: /Update “/ }).getByRole("button", { name: "Update test" }).click();

  await expect(tests(page).getByRole("listitem")).toHaveCount(1);
  await tests(page).getByRole("button", { name: "Run tests" }).click();
  await expect(tests(page).getByRole("status")).toContainText("1 passed, 0 failed");
  await tests(page).getByRole("listitem").first().getByRole("button", { name: "Details" }).click();
  await expect(tests(page)).toContainText("taps “Ask a question”");
  await expect(tests(page)).toContainText("Ask away, we read everything.");
  await tests(page).getByRole("button", { name: "Show path on canvas" }).click();
  await expect(page.getByTestId("node-question")).toHaveAttribute("data-test-path", "true");
  await expect(page.getByTestId("node-booking")).not.toHaveAttribute("data-test-path", "true");
});

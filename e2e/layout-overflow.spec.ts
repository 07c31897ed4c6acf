import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { openEditor, selectStep } from "./editor-helpers";
import { createJourney, fixture } from "./helpers";

test.use({ viewport: { width: 1280, height: 720 } });

/**
 * Elements that spill out of the window or out of a box that clips or scrolls them
 * sideways: cut-off fields, buttons under a neighbour, tabs scrolled out of sight. The
 * canvas is left out (steps go off screen by design), and so is text meant to end in an
 * ellipsis.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // Screen-reader-only text (Tailwind's sr-only) is clipped to nothing on purpose.
    const hidden = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const st = getComputedStyle(e);
        if (st.clipPath === "inset(50%)" || st.clip === "rect(0px, 0px, 0px, 0px)") return true;
      }
      return false;
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("aria-label") ? `[${el.getAttribute("aria-label")}]` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      if (el.closest(".react-flow, [data-scrolls-sideways]")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.position === "fixed" && style.visibility === "hidden") continue;
      if ((box.right > window.innerWidth + 1 || box.left < -1) && !hidden(el)) found.push(`off the window: ${name(el)}`);
      const clipsX = ["hidden", "clip", "auto", "scroll"].includes(style.overflowX);
      if (clipsX && el.scrollWidth > el.clientWidth + 1 && style.textOverflow !== "ellipsis" && !(el instanceof HTMLInputElement) && !(el instanceof HTMLTextAreaElement) && !hidden(el)) {
        found.push(`wider than its box (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
      }
    }
    return found;
  });
}

test("nothing overflows the editor at 1280×720 with the preview open, on the booking sample and on a journey with long values", async ({ page, request }) => {
  test.slow();
  const booking = await createJourney(request, fixture("../../lib/journey/samples/appointment-booking.json"));
  const long = await createJourney(request, fixture("long-values.journey.json"));
  for (const [journey, steps] of [[booking, ["choose_service", "fetch_slots"]], [long, ["by_score", "open_ticket", "ask"]]] as const) {
    await openEditor(page, journey.id);
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await expect(page.getByRole("region", { name: "Preview", exact: true })).toBeVisible();
    for (const tab of ["Step", "Problems", "Run", "Tests", "Versions", "Runs"]) {
      await expect(page.getByRole("tab", { name: new RegExp(`^${tab}(\\s|\\d|$)`) })).toBeInViewport({ ratio: 1 });
    }
    await expect(page.getByRole("button", { name: "Close preview" })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("button", { name: "Restart" })).toBeInViewport({ ratio: 1 });
    expect(await overflowing(page)).toEqual([]);
    for (const step of steps) {
      // Find takes the view to it (the canvas draws only the steps in view).
      await page.getByLabel("Find on canvas").fill(step);
      await page.keyboard.press("Enter");
      await selectStep(page, step);
      expect(await overflowing(page), `with ${step} selected`).toEqual([]);
    }
  }
});

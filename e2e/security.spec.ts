import { expect, test, type APIRequestContext, type Page } from "./test";
import { createJourney, fixture } from "./helpers";
import { E2E_WEBHOOK_AUTH } from "./workspace-auth.mjs";

const welcome = fixture("welcome.journey.json");
const booking = fixture("../../lib/journey/samples/appointment-booking.json");

/** JSON nested `depth` levels, as text: JSON.stringify itself would overflow building it. */
const deepJson = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const deepInside = (json: string, placeholder = '"DEEP"') => json.replace(placeholder, deepJson(10_000));

async function postRaw(request: APIRequestContext, url: string, body: string, method: "POST" | "PUT" = "POST") {
  const webhook: Record<string, string> = url.startsWith("/api/webhooks/") ? { Authorization: E2E_WEBHOOK_AUTH } : {};
  return request.fetch(url, { method, headers: { "Content-Type": "application/json", ...webhook }, data: Buffer.from(body) });
}

test.describe("every JSON input has a depth limit", () => {
  test("a body nested 10,000 levels is a 413 on every JSON route, and changes nothing", async ({ request }) => {
    const journey = await createJourney(request, booking);
    await request.post(`/api/journeys/${journey.id}/publish`);
    const preview = await (await request.post("/api/previews", { data: { journeyId: journey.id, document: booking } })).json();
    const routes: Array<[string, string, "POST" | "PUT"]> = [
      ["/api/journeys", JSON.stringify({ name: "x", document: "DEEP" }), "POST"],
      [`/api/journeys/${journey.id}`, JSON.stringify({ updatedAt: journey.updatedAt, document: "DEEP" }), "PUT"],
      ["/api/journeys/import", JSON.stringify({ ...welcome, nodes: "DEEP" }), "POST"],
      [`/api/journeys/${journey.id}/validate`, JSON.stringify({ document: "DEEP" }), "POST"],
      [`/api/journeys/${journey.id}/publish`, JSON.stringify({ updatedAt: "DEEP" }), "POST"],
      [`/api/journeys/${journey.id}/versions/1/restore`, JSON.stringify({ updatedAt: "DEEP" }), "POST"],
      [`/api/journeys/${journey.id}/runs`, JSON.stringify({ contact: { msisdn: "+15557770001" }, vars: { deep: "DEEP" } }), "POST"],
      ["/api/previews", JSON.stringify({ journeyId: journey.id, document: "DEEP" }), "POST"],
      [`/api/previews/${preview.id}/commands`, JSON.stringify({ type: "setMock", nodeId: "fetch_slots", mock: { status: 200, body: "DEEP" } }), "POST"],
      ["/api/session", JSON.stringify({ token: "DEEP" }), "POST"],
      ["/api/webhooks/8x8", JSON.stringify({ eventType: "outbound_message_status_changed", payload: { umid: "u1", status: { state: "delivered", detail: "DEEP" } } }), "POST"],
    ];
    for (const [url, body, method] of routes) {
      const response = await postRaw(request, url, deepInside(body), method);
      expect(response.status(), url).toBe(413);
      expect((await response.json()).error, url).toMatchObject({ code: "too_deep", message: "The body is nested deeper than 64 levels" });
    }
    // Nothing changed: the draft, its versions, the preview all answer as before.
    expect((await (await request.get(`/api/journeys/${journey.id}`)).json()).journey.updatedAt).toBe(journey.updatedAt);
    expect((await (await request.get(`/api/journeys/${journey.id}/versions`)).json()).versions).toHaveLength(1);
    const restarted = await request.post(`/api/previews/${preview.id}/commands`, { data: { type: "restart" } });
    expect(restarted.status()).toBe(200);
  });

  test("a WhatsApp Flow answer nested 10,000 levels inside its JSON string is a 400 naming the field", async ({ request }) => {
    const responseJson = deepJson(10_000);
    const response = await request.post("/api/webhooks/8x8", {
      headers: { Authorization: E2E_WEBHOOK_AUTH },
      data: { eventType: "inbound_message_received", payload: { umid: "deep-flow-1", user: { msisdn: "+15557770002" }, type: "Interactive", content: { interactive: { type: "nfm_reply", nfmReply: { responseJson } } } } },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.issues).toEqual([
      expect.objectContaining({ path: "payload.content.interactive.nfmReply.responseJson", message: "responseJson is nested deeper than 64 levels" }),
    ]);
  });

  test("variables and mocked bodies have a size limit too", async ({ request }) => {
    const journey = await createJourney(request, booking);
    const big = "x".repeat(70 * 1024);
    const run = await request.post(`/api/journeys/${journey.id}/runs`, { data: { contact: { msisdn: "+15557770003" }, vars: { big } } });
    expect(run.status()).toBe(400);
    expect((await run.json()).error.issues[0]).toMatchObject({ path: "vars", message: "vars must be at most 64 KB as JSON" });
    const preview = await (await request.post("/api/previews", { data: { journeyId: journey.id, document: booking } })).json();
    const mock = await request.post(`/api/previews/${preview.id}/commands`, { data: { type: "setMock", nodeId: "fetch_slots", mock: { status: 200, body: "y".repeat(1100 * 1024) } } });
    expect(mock.status()).toBe(400);
    expect((await mock.json()).error.issues[0]).toMatchObject({ path: "mock.body", message: "A mocked body must be at most 1024 KB as JSON" });
  });
});

test("a path with a malformed percent-encoding is a 400 in the API's error shape, pages and API alike", async ({ request }) => {
  for (const path of ["/api/journeys/%", "/api/runs/%E0%A4%A", "/api/journeys/%zz/export", "/journeys/%", "/runs/%C0"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect((await response.json()).error, path).toMatchObject({ code: "invalid_path" });
  }
});

test.describe("requests from another site's page", () => {
  test("cannot change anything, whatever their content type", async ({ request }) => {
    const journey = await createJourney(request, welcome);
    const foreign = { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" };
    const attempts = [
      request.post("/api/journeys", { headers: { ...foreign, "Content-Type": "text/plain" }, data: JSON.stringify({ name: "Planted" }) }),
      request.delete(`/api/journeys/${journey.id}`, { headers: foreign }),
      request.post(`/api/journeys/${journey.id}/publish`, { headers: { Origin: "https://evil.example" } }),
      request.post("/api/session", { headers: { ...foreign, "Content-Type": "text/plain" }, data: JSON.stringify({ token: "x" }) }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status()).toBe(403);
      expect((await response.json()).error.code).toBe("cross_site");
    }
    const list = await (await request.get("/api/journeys")).json();
    expect(list.journeys.map((j: { name: string }) => j.name)).not.toContain("Planted");
    expect((await (await request.get(`/api/journeys/${journey.id}/versions`)).json()).versions).toEqual([]);
  });
});

test.describe("security headers", () => {
  test("pages carry a strict CSP with a fresh nonce, refuse framing, and say nothing about the server", async ({ request }) => {
    const [first, second] = await Promise.all([request.get("/journeys"), request.get("/journeys")]);
    for (const response of [first, second]) {
      const headers = response.headers();
      expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("object-src 'none'");
      expect(headers).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "same-origin" });
      expect(headers["x-powered-by"]).toBeUndefined();
    }
    const nonce = (response: typeof first) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"])![1];
    expect(nonce(first)).not.toBe(nonce(second));
    expect(await first.text()).toContain(`nonce="${nonce(first)}"`);
  });

  test("API answers are never cached and never rendered as documents", async ({ request }) => {
    for (const response of [await request.get("/api/journeys"), await request.get("/api/journeys/nope")]) {
      expect(response.headers()).toMatchObject({ "cache-control": "no-store", "x-content-type-options": "nosniff", "content-security-policy": "default-src 'none'; frame-ancestors 'none'" });
    }
  });

  test("the app works under its CSP: no violation on any page, the editor and the preview included", async ({ page, request }) => {
    const journey = await createJourney(request, booking);
    const violations = watchCsp(page);
    await page.goto("/journeys");
    await expect(page.getByRole("heading", { name: "Journeys" })).toBeVisible();
    await page.goto(`/journeys/${journey.id}`);
    const phone = page.getByRole("region", { name: "Preview", exact: true });
    // The button is enabled once the page is hydrated; the click waits for that.
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await expect(phone).toBeVisible();
    await phone.getByRole("textbox", { name: "Message" }).fill("Hi, I want to book");
    await phone.getByRole("button", { name: "Send", exact: true }).click();
    await expect(phone.getByRole("log", { name: "Chat" })).toContainText("Which service would you like to book?");
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await page.goto("/login");
    await page.goto("/no-such-page");
    expect(await violations()).toEqual([]);
  });
});

/** Collects every CSP violation the page reports, from the DOM event and the console. */
function watchCsp(page: Page) {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) messages.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  return async () => messages;
}

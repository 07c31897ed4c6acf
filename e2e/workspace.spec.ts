import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "./test";
import { E2E_PORT } from "../playwright.config";
import { createJourney, fixture, uniqueName } from "./helpers";
import { signIn } from "./workspace-auth.mjs";

const base = `http://127.0.0.1:${E2E_PORT}`;
type Role = "owner" | "editor" | "operator" | "viewer";
/** Contexts made in a test start from the config's signed-in owner unless told otherwise. */
const NO_SESSION = { cookies: [], origins: [] };

/** A member with `role`, made the way people join: an invitation link, then the join form's API. */
async function join(request: APIRequestContext, playwright: import("@playwright/test").PlaywrightWorkerArgs["playwright"], role: Role) {
  const { url } = await (await request.post("/api/members/invites", { data: { role, note: `e2e ${role}` } })).json();
  const token = new URL(url).pathname.split("/").pop()!;
  const email = `${uniqueName(role).replace(" ", ".")}@journeys.test`;
  const session = await playwright.request.newContext({ baseURL: base, storageState: NO_SESSION });
  const joined = await session.post("/api/invites/accept", { data: { token, name: `${role} member`, email, password: "member-password-0123" } });
  expect(joined.status(), await joined.text()).toBe(201);
  const csrf = (await session.storageState()).cookies.find((c) => c.name === "journey_studio_csrf")!.value;
  return { session, csrf, email };
}

test("the owner invites an editor by link: they join, edit journeys, and cannot manage the workspace", async ({ page, browser }) => {
  // Long by nature: three browsers, a password hashed on joining, eight page loads.
  test.slow();
  await page.goto("/settings/members");
  await page.getByLabel("Role for the invitation").selectOption("editor");
  await page.getByPlaceholder("Sam, front desk").fill("Eddie from marketing");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByRole("textbox", { name: "Invitation link" }).inputValue();
  expect(link).toMatch(new RegExp(`^${base}/invite/jsi_`));
  await expect(page.getByRole("listitem").filter({ hasText: "Eddie from marketing" })).toContainText("Editor");

  const eddie = await freshPage(browser);
  await eddie.goto(link);
  await expect(eddie.getByText("You are invited as editor")).toBeVisible();
  const email = `${uniqueName("eddie").replace(" ", ".")}@journeys.test`;
  await eddie.getByLabel("Your name").fill("Eddie");
  await eddie.getByLabel("Email").fill(email);
  await eddie.getByLabel("Password").fill("eddie-password-0123");
  await eddie.getByRole("button", { name: "Join the workspace" }).click();
  await expect(eddie.getByRole("button", { name: "New journey" })).toBeVisible();
  await expect(eddie.getByRole("navigation", { name: "Main" })).toBeVisible();

  // Used once: the same link now says so.
  const again = await freshPage(browser);
  await again.goto(link);
  await expect(again.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();

  await eddie.goto("/settings");
  await expect(eddie.getByRole("navigation", { name: "Settings" }).getByRole("link")).toHaveText(["General", "Your account"]);
  await eddie.goto("/settings/members");
  await expect(eddie.getByText("Only the workspace's owners manage this. You are signed in as editor")).toBeVisible();

  // The owner sees Eddie, changes the role to viewer, and Eddie's next page is read-only.
  await page.reload();
  const row = page.getByRole("listitem", { name: "Eddie" });
  await row.getByLabel("Role of Eddie").selectOption("viewer");
  await expect(row.getByLabel("Role of Eddie")).toHaveValue("viewer");
  await eddie.goto("/journeys");
  await expect(eddie.getByText("Read only")).toBeVisible();
  await expect(eddie.getByRole("button", { name: "New journey" })).toHaveCount(0);

  // Removed, Eddie's session ends at once.
  await row.getByRole("button", { name: "Remove Eddie" }).click();
  await page.getByRole("dialog", { name: "Remove Eddie?" }).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("listitem", { name: "Eddie" })).toHaveCount(0);
  await eddie.reload();
  await expect(eddie).toHaveURL(/\/login\?next=%2Fjourneys$/);
  await eddie.context().close();
  await again.context().close();
});

test("an operator opens a journey read-only: no palette, no publish, and a forced save is refused", async ({ request, playwright, browser }) => {
  const journey = await createJourney(request, fixture("welcome.journey.json"));
  const operator = await join(request, playwright, "operator");
  const page = await freshPage(browser);
  await page.context().addCookies((await operator.session.storageState()).cookies);
  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByText("Read only · operator")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Steps palette" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  const forced = await operator.session.put(`/api/journeys/${journey.id}`, { data: { updatedAt: journey.updatedAt, name: "Operator was here" }, headers: { "x-csrf-token": operator.csrf } });
  expect(forced.status()).toBe(403);
  expect((await forced.json()).error).toMatchObject({ code: "forbidden", message: "Your role (operator) does not allow this" });
  // What an operator is for: starting runs.
  await request.post(`/api/journeys/${journey.id}/publish`);
  const run = await operator.session.post(`/api/journeys/${journey.id}/runs`, { data: { contact: { msisdn: "+15557000001" } }, headers: { "x-csrf-token": operator.csrf } });
  expect(run.status()).not.toBe(403);
  await page.context().close();
  await operator.session.dispose();
});

test("every route answers each role as the role allows, and a refused call changes nothing", async ({ request, playwright }) => {
  test.setTimeout(90_000);
  // Routes with a made-up id: an allowed caller gets past the role check to a 404 or 400,
  // so walking them changes nothing; a refused one is a 403 before the handler runs.
  const routes: Array<[method: string, url: string, permission: "read" | "journeys:write" | "runs:write" | "workspace:manage"]> = [
    ["GET", "/api/journeys", "read"],
    ["POST", "/api/journeys", "journeys:write"],
    ["GET", "/api/journeys/missing", "read"],
    ["PUT", "/api/journeys/missing", "journeys:write"],
    ["DELETE", "/api/journeys/missing", "journeys:write"],
    ["PUT", "/api/journeys/missing/active", "journeys:write"],
    ["POST", "/api/journeys/missing/publish", "journeys:write"],
    ["GET", "/api/journeys/missing/export", "read"],
    ["POST", "/api/journeys/missing/duplicate", "journeys:write"],
    ["POST", "/api/journeys/missing/validate", "read"],
    ["POST", "/api/journeys/missing/runs", "runs:write"],
    ["GET", "/api/journeys/missing/versions", "read"],
    ["GET", "/api/journeys/missing/versions/1", "read"],
    ["GET", "/api/journeys/missing/insights?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z", "read"],
    ["GET", "/api/journeys/missing/health?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z", "read"],
    ["GET", "/api/journeys/activity", "read"],
    ["GET", "/api/metrics", "read"],
    ["GET", "/api/conversations", "read"],
    ["GET", "/api/conversations/missing", "read"],
    ["POST", "/api/conversations/missing/messages", "runs:write"],
    ["POST", "/api/conversations/missing/take", "runs:write"],
    ["POST", "/api/conversations/missing/assign", "runs:write"],
    ["POST", "/api/conversations/missing/notes", "runs:write"],
    ["POST", "/api/conversations/missing/read", "runs:write"],
    ["POST", "/api/conversations/missing/return", "runs:write"],
    ["POST", "/api/conversations/missing/close", "runs:write"],
    ["POST", "/api/journeys/missing/versions/1/restore", "journeys:write"],
    ["POST", "/api/journeys/import", "journeys:write"],
    ["POST", "/api/previews", "journeys:write"],
    ["GET", "/api/previews/missing", "journeys:write"],
    ["DELETE", "/api/previews/missing", "journeys:write"],
    ["GET", "/api/previews/missing/stream", "journeys:write"],
    ["POST", "/api/previews/missing/commands", "journeys:write"],
    ["GET", "/api/inbound", "read"],
    ["GET", "/api/runs", "read"],
    ["GET", "/api/runs/missing", "read"],
    ["GET", "/api/contacts", "read"],
    ["GET", "/api/contacts/missing", "read"],
    ["GET", "/api/contacts/missing/messages", "read"],
    ["POST", "/api/runs/missing/cancel", "runs:write"],
    ["GET", "/api/runs/export?status=nonsense", "read"],
    ["POST", "/api/runs/cancel", "runs:write"],
    ["GET", "/api/account", "read"],
    ["GET", "/api/tokens", "read"],
    ["POST", "/api/tokens", "read"],
    ["DELETE", "/api/tokens/missing", "read"],
    ["GET", "/api/members", "workspace:manage"],
    ["PUT", "/api/members/missing", "workspace:manage"],
    ["DELETE", "/api/members/missing", "workspace:manage"],
    ["POST", "/api/members/invites", "workspace:manage"],
    ["DELETE", "/api/members/invites/missing", "workspace:manage"],
    ["GET", "/api/secrets", "workspace:manage"],
    ["PUT", "/api/secrets/missing_name", "workspace:manage"],
    ["DELETE", "/api/secrets/missing_name", "workspace:manage"],
    ["GET", "/api/audit", "workspace:manage"],
    ["DELETE", "/api/account/sessions", "read"],
    ["PUT", "/api/settings/retention", "workspace:manage"],
    ["GET", "/api/settings/keywords", "read"],
    ["PUT", "/api/settings/keywords", "workspace:manage"],
    ["GET", "/api/settings/queue-webhooks", "workspace:manage"],
    ["PUT", "/api/settings/queue-webhooks", "workspace:manage"],
    ["GET", "/api/templates", "read"],
    ["POST", "/api/templates/sync", "journeys:write"],
    ["GET", "/api/channels", "read"],
    ["POST", "/api/channels", "workspace:manage"],
    ["PUT", "/api/channels/missing", "workspace:manage"],
    ["DELETE", "/api/channels/missing", "workspace:manage"],
    ["POST", "/api/channels/missing/test", "workspace:manage"],
  ];
  const grants: Record<Role, string[]> = {
    owner: ["read", "journeys:write", "runs:write", "workspace:manage"],
    editor: ["read", "journeys:write"],
    operator: ["read", "runs:write"],
    viewer: ["read"],
  };
  for (const role of ["editor", "operator", "viewer", "owner"] as Role[]) {
    const member = await join(request, playwright, role);
    for (const [method, url, permission] of routes) {
      // An empty JSON object: every write route refuses it (400) or finds nothing (404).
      const answer = await member.session.fetch(url, { method, headers: { "x-csrf-token": member.csrf }, ...(method !== "GET" && method !== "DELETE" && { data: {} }) });
      const label = `${role} ${method} ${url}`;
      if (grants[role].includes(permission)) expect([401, 403], label).not.toContain(answer.status());
      else {
        expect(answer.status(), label).toBe(403);
        expect((await answer.json()).error.code, label).toBe("forbidden");
      }
      // Nobody at all: 401, whatever the route.
      const anonymous = await playwright.request.newContext({ baseURL: base, storageState: NO_SESSION });
      expect((await anonymous.fetch(url, { method })).status(), `anonymous ${method} ${url}`).toBe(401);
      await anonymous.dispose();
    }
    // Every change is audited: the walk left nothing but the member's own joining.
    const { account } = await (await member.session.get("/api/account")).json();
    const audited = (await (await request.get(`/api/audit?actorId=${account.userId}`)).json()).entries.map((e: { action: string }) => e.action);
    expect(audited, role).toEqual(["member.joined"]);
    await member.session.dispose();
  }
});

test("a personal token made in the app works from a script, at most at its role, until it is revoked", async ({ page, playwright }) => {
  await page.goto("/settings/account");
  const name = uniqueName("Reporting script");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Token role").selectOption("viewer");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByRole("textbox", { name: "New API token" }).inputValue();
  expect(token).toMatch(/^jst_[\w-]{43}$/);
  await expect(page.getByRole("row", { name: `Token ${name}` })).toContainText("never");

  const script = await playwright.request.newContext({ baseURL: base, storageState: NO_SESSION, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  expect((await script.get("/api/journeys")).status()).toBe(200);
  const write = await script.post("/api/journeys", { data: { name: "From a viewer token" } });
  expect(write.status()).toBe(403);
  // A token cannot mint tokens: one leaked token must not outlive its revocation.
  expect((await script.post("/api/tokens", { data: { name: "child", role: "viewer" } })).status()).toBe(403);
  await page.reload();
  await expect(page.getByRole("row", { name: `Token ${name}` })).not.toContainText("never");
  expect(await page.content()).not.toContain(token);

  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("row", { name: `Token ${name}` })).toHaveCount(0);
  expect((await script.get("/api/journeys")).status()).toBe(401);
  await script.dispose();
});

test("a secret typed into Settings reaches the HTTP step that uses it, and its value is found nowhere else", async ({ page, request }) => {
  const value = `sk_live_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const name = `clinic_key_${Math.random().toString(36).slice(2, 7)}`;
  let seen = "";
  const backend = createServer((req, res) => {
    seen = req.headers["x-api-key"] as string;
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ ok: req.headers["x-api-key"] === value }));
  });
  await new Promise<void>((r) => backend.listen(0, "127.0.0.1", r));
  const port = (backend.address() as AddressInfo).port;

  await page.goto("/settings/secrets");
  await page.getByRole("button", { name: "Add secret" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a secret" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Value").fill(value);
  await dialog.getByRole("button", { name: "Save secret" }).click();
  await expect(page.getByRole("listitem", { name: `Secret ${name}` })).toBeVisible();

  const journey = await createJourney(request, {
    schema: "journey/v1",
    name: "Secret check",
    settings: { reentry: "ignore", inactivityTimeoutHours: 24, windowFallbackTemplate: null },
    nodes: [
      { id: "trigger", type: "trigger.api", position: { x: 0, y: 0 }, data: {} },
      { id: "call", type: "httpRequest", position: { x: 300, y: 0 }, data: { method: "GET", url: `http://127.0.0.1:${port}/check`, headers: [{ name: "X-Api-Key", value: `{{ secrets.${name} }}` }], saveAs: "check" } },
      { id: "done", type: "end", position: { x: 600, y: 0 }, data: {} },
    ],
    edges: [
      { id: "e1", source: "trigger", sourceHandle: "next", target: "call" },
      { id: "e2", source: "call", sourceHandle: "success", target: "done" },
    ],
  });
  const preview = await (await request.post("/api/previews", { data: { journeyId: journey.id, document: (await (await request.get(`/api/journeys/${journey.id}`)).json()).journey.document } })).json();
  expect((await request.post(`/api/previews/${preview.id}/commands`, { data: { type: "start" } })).status()).toBe(200);
  await expect.poll(() => seen).toBe(value);
  await expect.poll(async () => (await (await request.get(`/api/previews/${preview.id}`)).json()).run?.status).toBe("completed");

  const places: Array<[string, string]> = [
    ["preview", await (await request.get(`/api/previews/${preview.id}`)).text()],
    ["secrets API", await (await request.get("/api/secrets")).text()],
    ["audit API", await (await request.get("/api/audit?limit=200")).text()],
    ["export", await (await request.get(`/api/journeys/${journey.id}/export`)).text()],
    ["secrets page", await page.content()],
  ];
  await page.goto("/settings/audit");
  places.push(["audit page", await page.content()]);
  await expect(page.getByRole("cell", { name: name }).first()).toBeVisible();
  const database = path.resolve(import.meta.dirname, "..", "data", `e2e-${E2E_PORT}.db`);
  for (const file of [database, `${database}-wal`].filter((f) => existsSync(f))) places.push([path.basename(file), readFileSync(file).toString("latin1")]);
  for (const [where, text] of places) expect(text.includes(value), `the value is in the ${where}`).toBe(false);
  backend.close();
});

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, storageState: NO_SESSION });
  return context.newPage();
}

test("a member changes their password: the old one stops working and their other browsers are signed out", async ({ request, playwright, browser }) => {
  const member = await join(request, playwright, "viewer");
  const page = await freshPage(browser);
  await page.context().addCookies(await signIn(base, { email: member.email, password: "member-password-0123" }));
  await page.goto("/settings/account");
  const card = page.getByRole("region", { name: "Password" });
  await card.getByLabel("Current password").fill("not my password");
  await card.getByLabel("New password").fill("a new member password");
  await card.getByRole("button", { name: "Change password" }).click();
  await expect(card.getByRole("alert")).toHaveText("The current password is not right");
  await card.getByLabel("Current password").fill("member-password-0123");
  await card.getByRole("button", { name: "Change password" }).click();
  await expect(card.getByRole("status")).toHaveText("Password changed; 1 other browser was signed out.");

  expect((await member.session.get("/api/account")).status()).toBe(401);
  await expect(signIn(base, { email: member.email, password: "member-password-0123" })).rejects.toThrow(/401/);
  await signIn(base, { email: member.email, password: "a new member password" });
  await page.reload();
  await expect(page.getByRole("region", { name: "Password" })).toBeVisible();
  await page.context().close();
  await member.session.dispose();
});

test("the owner sees what the database weighs and sets how long conversation detail is kept", async ({ page, request }) => {
  await page.goto("/settings");
  const card = page.getByRole("region", { name: "Data retention" });
  await expect(card.getByTestId("database-size")).toHaveText(/^\d+(\.\d)? (KB|MB|GB)$/);
  await expect(card.getByText("90 days", { exact: true })).toBeVisible();
  await card.getByLabel("Keep detail for (days)").fill("30");
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card.getByRole("status")).toHaveText("Saved");
  await expect(card.getByText("30 days", { exact: true })).toBeVisible();

  const tooShort = await request.put("/api/settings/retention", { data: { days: 3 } });
  expect(tooShort.status()).toBe(400);
  expect((await tooShort.json()).error.issues).toEqual([expect.objectContaining({ path: "days", message: "Keep detail at least 7 days" })]);
  const audit = (await (await request.get("/api/audit?action=settings.retention_changed")).json()).entries;
  expect(audit[0]).toMatchObject({ actorName: "Olivia Owner", detail: { days: 30 } });
  // Put it back: other tests share this workspace.
  expect((await request.put("/api/settings/retention", { data: { days: 90 } })).status()).toBe(200);
});

test("the owner edits the keywords: a word two lists claim is refused with where, one a live journey's trigger uses is shown and needs confirming", async ({ page, request }) => {
  await page.goto("/settings");
  const card = page.getByRole("region", { name: "Keywords" });
  await expect(card.getByLabel("Opt-out keywords")).toHaveValue("STOP, UNSUBSCRIBE");
  await card.getByLabel("Restart keywords").fill("MENU, stop");
  await card.getByRole("button", { name: "Save keywords" }).click();
  await expect(card.getByText('"stop" is already a keyword for optOut')).toBeVisible();
  await card.getByLabel("Restart keywords").fill("MENU, INICIO");
  await card.getByRole("button", { name: "Save keywords" }).click();
  await expect(card.getByText("Saved", { exact: true })).toBeVisible();
  expect((await (await request.get("/api/settings/keywords")).json()).keywords.restart).toEqual(["MENU", "INICIO"]);

  // A keyword a live journey's trigger also uses: shown as it is typed, saved only when confirmed.
  const word = `deals${Math.random().toString(36).slice(2, 7)}`;
  const menu = JSON.parse(readFileSync("lib/keywords/fixtures/main-menu.journey.json", "utf8"));
  menu.nodes[0].data.keywords = [word];
  const journey = await createJourney(request, menu, uniqueName("Deals"));
  expect((await request.post(`/api/journeys/${journey.id}/publish`, { data: {} })).status()).toBe(201);
  await card.getByLabel("Opt-out keywords").fill(`STOP, UNSUBSCRIBE, ${word.toUpperCase()}`);
  const affected = card.getByRole("status", { name: "Journeys these keywords affect" });
  await expect(affected).toContainText(`${journey.name}: “${word}” never starts it`);
  await card.getByRole("button", { name: "Save keywords" }).click();
  await expect(card.getByRole("alert")).toContainText(`These keywords would stop live journeys starting: “${journey.name}” (${word})`);
  expect((await (await request.get("/api/settings/keywords")).json()).keywords.optOut).toEqual(["STOP", "UNSUBSCRIBE"]);
  await card.getByRole("button", { name: "Save anyway" }).click();
  await expect(card.getByText("Saved", { exact: true })).toBeVisible();
  // The journeys list flags it; its trigger is a problem that blocks publishing.
  await page.goto("/journeys");
  await expect(page.getByRole("listitem", { name: journey.name }).getByRole("img", { name: `Never starts on “${word}”` })).toBeVisible();
  const { issues } = await (await request.post(`/api/journeys/${journey.id}/validate`, { data: {} })).json();
  expect(issues).toContainEqual(expect.objectContaining({ code: "trigger_keyword_taken", nodeId: "trigger", path: "keywords.0", message: expect.stringContaining("Settings → Keywords") }));
  expect((await request.post(`/api/journeys/${journey.id}/publish`, { data: {} })).status()).toBe(422);

  // Put them back: other tests share this workspace.
  const keywords = (await (await request.get("/api/settings/keywords")).json()).keywords;
  expect((await request.put("/api/settings/keywords", { data: { ...keywords, optOut: ["STOP", "UNSUBSCRIBE"], restart: ["MENU"] } })).status()).toBe(200);
  await request.delete(`/api/journeys/${journey.id}`);
});

test("a secret's name is checked as it is typed, and what was typed is never lost", async ({ page, request }) => {
  await page.goto("/settings/secrets");
  await page.getByRole("button", { name: "Add secret" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a secret" });
  const name = dialog.getByLabel("Name");
  await name.fill("clinic key");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toContainText("A secret's name is a lower-case letter, then up to 63 lower-case letters, digits or _");
  await dialog.getByLabel("Value").fill("s3cret-value");
  await expect(dialog.getByRole("button", { name: "Save secret" })).toBeDisabled();
  const fixed = `clinic_key_${Math.random().toString(36).slice(2, 7)}`;
  await name.fill(fixed);
  await expect(name).not.toHaveAttribute("aria-invalid");
  await expect(dialog.getByLabel("Value")).toHaveValue("s3cret-value");
  await dialog.getByRole("button", { name: "Save secret" }).click();
  await expect(page.getByRole("listitem", { name: `Secret ${fixed}` })).toBeVisible();
  // The API names the field it refuses.
  const refused = await request.put("/api/secrets/clinic%20key", { data: { value: "x" } });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.issues).toEqual([expect.objectContaining({ path: "name" })]);
  await request.delete(`/api/secrets/${fixed}`);
});

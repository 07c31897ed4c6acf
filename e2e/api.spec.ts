import { expect, test, type APIResponse } from "./test";
import { createJourney, fixture, uniqueName } from "./helpers";

const welcome = fixture("welcome.journey.json");

async function expectError(response: APIResponse, status: number, code: string, paths?: string[]) {
  expect(response.status()).toBe(status);
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  if (paths) expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(paths));
  return body.error;
}

test.describe("POST /api/journeys and GET /api/journeys", () => {
  test("creates a blank journey by name, or from a document, and lists it", async ({ request }) => {
    const name = uniqueName("Blank");
    const created = await request.post("/api/journeys", { data: { name } });
    expect(created.status()).toBe(201);
    const { journey } = await created.json();
    expect(journey).toMatchObject({ name, nodeCount: 1, publishedVersion: null, document: { schema: "journey/v1", name } });

    const fromDoc = await request.post("/api/journeys", { data: { document: welcome, name: uniqueName("From doc") } });
    expect(fromDoc.status()).toBe(201);
    expect((await fromDoc.json()).journey.nodeCount).toBe(4);

    const list = await (await request.get("/api/journeys")).json();
    expect(list.journeys.map((j: { id: string }) => j.id)).toContain(journey.id);
    expect(list.journeys[0]).not.toHaveProperty("document");
  });

  test("answers 400 with paths for malformed JSON, wrong types and empty input", async ({ request }) => {
    await expectError(await request.post("/api/journeys", { headers: { "Content-Type": "application/json" }, data: Buffer.from("{ not json") }), 400, "invalid_request");
    await expectError(await request.post("/api/journeys", { data: { name: 42 } }), 400, "invalid_request", ["name"]);
    await expectError(await request.post("/api/journeys", { data: {} }), 400, "invalid_request", ["name"]);
    await expectError(await request.post("/api/journeys", { data: { document: { ...welcome, nodes: "many" } } }), 400, "invalid_request", ["document.nodes"]);
  });

  test("refuses a body over 5 MB with 413", async ({ request }) => {
    await expectError(await request.post("/api/journeys", { data: { name: "x".repeat(6 * 1024 * 1024) } }), 413, "too_large");
  });
});

test.describe("GET, PUT, DELETE /api/journeys/:id", () => {
  test("reads, updates with the updatedAt it was based on, and deletes", async ({ request }) => {
    const journey = await createJourney(request, welcome);
    const read = await request.get(`/api/journeys/${journey.id}`);
    expect((await read.json()).journey.document.nodes).toHaveLength(4);

    const edited = { ...welcome, name: journey.name, description: "Edited" };
    const put = await request.put(`/api/journeys/${journey.id}`, { data: { updatedAt: journey.updatedAt, document: edited } });
    expect(put.status()).toBe(200);
    const updated = (await put.json()).journey;
    expect(updated.description).toBe("Edited");
    expect(updated.updatedAt).not.toBe(journey.updatedAt);

    const stale = await request.put(`/api/journeys/${journey.id}`, { data: { updatedAt: journey.updatedAt, name: "Lost" } });
    const conflict = await expectError(stale, 409, "conflict");
    expect(conflict.currentUpdatedAt).toBe(updated.updatedAt);
    expect((await (await request.get(`/api/journeys/${journey.id}`)).json()).journey.name).toBe(journey.name);

    expect((await request.delete(`/api/journeys/${journey.id}`)).status()).toBe(204);
    await expectError(await request.get(`/api/journeys/${journey.id}`), 404, "not_found");
    await expectError(await request.delete(`/api/journeys/${journey.id}`), 404, "not_found");
  });

  test("answers 4xx for unknown ids and bad updates", async ({ request }) => {
    const journey = await createJourney(request, welcome);
    await expectError(await request.put("/api/journeys/nope", { data: { updatedAt: journey.updatedAt, name: "x" } }), 404, "not_found");
    await expectError(await request.put(`/api/journeys/${journey.id}`, { data: { name: "x" } }), 400, "invalid_request", ["updatedAt"]);
    await expectError(await request.put(`/api/journeys/${journey.id}`, { data: { updatedAt: "yesterday", name: "x" } }), 400, "invalid_request", ["updatedAt"]);
    await expectError(await request.put(`/api/journeys/${journey.id}`, { data: { updatedAt: journey.updatedAt } }), 400, "invalid_request", ["document"]);
    await expectError(
      await request.put(`/api/journeys/${journey.id}`, { data: { updatedAt: journey.updatedAt, document: { ...welcome, schema: "journey/v9" } } }),
      400,
      "invalid_request",
      ["document.schema"],
    );
  });
});

test.describe("import and export", () => {
  test("export downloads the document as a file; import creates a journey from it", async ({ request }) => {
    const journey = await createJourney(request, welcome);
    const exported = await request.get(`/api/journeys/${journey.id}/export`);
    expect(exported.headers()["content-disposition"]).toMatch(/attachment; filename="welcome-message-[a-z0-9-]+\.journey\.json"/);
    const document = await exported.json();
    expect(document).toEqual({ ...welcome, name: journey.name });

    const imported = await request.post("/api/journeys/import", { data: document });
    expect(imported.status()).toBe(201);
    expect((await imported.json()).journey.document).toEqual(document);
    await expectError(await request.get("/api/journeys/nope/export"), 404, "not_found");
  });

  test("import refuses an unknown schema and invalid documents with the paths", async ({ request }) => {
    await expectError(await request.post("/api/journeys/import", { data: fixture("not-a-journey.json") }), 400, "invalid_document", ["schema", "nodes.0.id", "nodes.0.type"]);
    await expectError(await request.post("/api/journeys/import", { data: { ...welcome, schema: undefined } }), 400, "invalid_document", ["schema"]);
    await expectError(await request.post("/api/journeys/import", { data: [1, 2] }), 400, "invalid_document");
    await expectError(await request.post("/api/journeys/import", { headers: { "Content-Type": "application/json" }, data: Buffer.from("[") }), 400, "invalid_request");
  });
});

test.describe("validate, publish, versions, restore", () => {
  test("validate reports the saved draft's issues, or an unsaved document's", async ({ request }) => {
    const journey = await createJourney(request, fixture("has-errors.journey.json"));
    const saved = await (await request.post(`/api/journeys/${journey.id}/validate`)).json();
    expect(saved).toMatchObject({ valid: false, errors: 1 });
    expect(saved.issues.find((i: { severity: string }) => i.severity === "error")).toMatchObject({ severity: "error", nodeId: "greet", path: "message.buttons", code: "too_big" });

    const unsaved = await (await request.post(`/api/journeys/${journey.id}/validate`, { data: { document: welcome } })).json();
    // This workspace has no channel that can send (a fresh install's state): valid, with that said.
    expect(unsaved).toEqual({
      valid: true, errors: 0, warnings: 1,
      issues: [expect.objectContaining({ severity: "warning", nodeId: "trigger", path: "channels", code: "channel_cannot_send", message: expect.stringContaining("Settings → Channels") })],
    });
    await expectError(await request.post(`/api/journeys/${journey.id}/validate`, { data: { document: { schema: "x" } } }), 400, "invalid_request", ["document.schema"]);
    await expectError(await request.post("/api/journeys/nope/validate"), 404, "not_found");
  });

  test("publish answers 422 with the issues while errors remain", async ({ request }) => {
    const journey = await createJourney(request, fixture("has-errors.journey.json"));
    const error = await expectError(await request.post(`/api/journeys/${journey.id}/publish`), 422, "invalid_journey");
    expect(error.issues).toContainEqual(expect.objectContaining({ nodeId: "greet", path: "message.buttons" }));
    expect((await (await request.get(`/api/journeys/${journey.id}/versions`)).json()).versions).toEqual([]);
  });

  test("publish numbers versions; restore copies one into the draft", async ({ request }) => {
    const journey = await createJourney(request, welcome);
    const first = await request.post(`/api/journeys/${journey.id}/publish`, { data: { updatedAt: journey.updatedAt } });
    expect(first.status()).toBe(201);
    expect(await first.json()).toMatchObject({ version: 1, publishedAt: expect.any(String) });

    const renamed = (await (await request.put(`/api/journeys/${journey.id}`, { data: { updatedAt: journey.updatedAt, name: "Second" } })).json()).journey;
    await expectError(await request.post(`/api/journeys/${journey.id}/publish`, { data: { updatedAt: journey.updatedAt } }), 409, "conflict");
    expect((await (await request.post(`/api/journeys/${journey.id}/publish`)).json()).version).toBe(2);

    const versions = (await (await request.get(`/api/journeys/${journey.id}/versions`)).json()).versions;
    expect(versions.map((v: { version: number; name: string }) => [v.version, v.name])).toEqual([[2, "Second"], [1, journey.name]]);

    const restored = await request.post(`/api/journeys/${journey.id}/versions/1/restore`);
    expect((await restored.json()).journey).toMatchObject({ name: journey.name, publishedVersion: 2 });
    await expectError(await request.post(`/api/journeys/${journey.id}/versions/1/restore`, { data: { updatedAt: renamed.updatedAt } }), 409, "conflict");
    await expectError(await request.post(`/api/journeys/${journey.id}/versions/7/restore`), 404, "not_found");
    await expectError(await request.post(`/api/journeys/${journey.id}/versions/zero/restore`), 400, "invalid_request");
    await expectError(await request.post(`/api/journeys/${journey.id}/versions/0/restore`), 400, "invalid_request");
    await expectError(await request.get("/api/journeys/nope/versions"), 404, "not_found");
    await expectError(await request.post("/api/journeys/nope/publish"), 404, "not_found");
  });

  test("duplicate copies a journey; unknown ids are 404", async ({ request }) => {
    const journey = await createJourney(request, welcome);
    const copy = await request.post(`/api/journeys/${journey.id}/duplicate`);
    expect(copy.status()).toBe(201);
    expect((await copy.json()).journey.name).toBe(`${journey.name} (copy)`);
    await expectError(await request.post("/api/journeys/nope/duplicate"), 404, "not_found");
  });
});

test.describe("GET /api/runs and /api/contacts: paging and search input", () => {
  test("a cursor naming an impossible instant is a 400 with its path, not a 500", async ({ request }) => {
    const cursor = encodeURIComponent("2024-13-45T25:61:61.000Z|abc");
    await expectError(await request.get(`/api/runs?cursor=${cursor}`), 400, "invalid_request", ["cursor"]);
    await expectError(await request.get(`/api/contacts?cursor=${cursor}`), 400, "invalid_request", ["cursor"]);
  });

  test("the contact filter searches for the text as typed: % and _ match nothing, a NUL is refused", async ({ request }) => {
    for (const path of ["/api/runs?contact=", "/api/contacts?q="]) {
      for (const wildcard of ["%", "_", "%25"]) {
        const answer = await request.get(`${path}${encodeURIComponent(wildcard)}`);
        expect(answer.status()).toBe(200);
        const body = await answer.json();
        expect(body.runs ?? body.contacts).toEqual([]);
      }
      await expectError(await request.get(`${path}%00`), 400, "invalid_request");
    }
  });
});

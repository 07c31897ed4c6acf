import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blankJourney } from "../journey/blank-journey";
import { parseJourneyDocument } from "../journey/parse-document";
import { sampleJourneys } from "../journey/samples";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { journeyStore } from "./journey-store";
import { seedSamples } from "./seed-samples";
import { startBusyWriter } from "../test/busy-writer";

const hasPostgres = await postgresAvailable();
const booking = parseJourneyDocument(sampleJourneys[0]);
if (!booking.ok) throw new Error("sample does not parse");

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`journey store on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let store: ReturnType<typeof journeyStore>;
    beforeAll(async () => {
      env = await migratedDb(provider);
      store = journeyStore(env.db);
    });
    afterAll(() => env.dispose());

    it("creates, lists newest first and reads back the same document", async () => {
      const a = await store.create(blankJourney("First"));
      const b = await store.create(booking.document);
      const list = await store.list();
      expect(list.map((j) => j.id).slice(0, 2)).toEqual([b.id, a.id]);
      expect((await store.get(b.id)).document).toEqual(booking.document);
      expect(list.find((j) => j.id === b.id)).toMatchObject({ nodeCount: booking.document.nodes.length, publishedVersion: null });
    });

    it("updates under compare-and-set: a stale updatedAt is a 409 and changes nothing", async () => {
      const j = await store.create(blankJourney("Draft"));
      const renamed = await store.update(j.id, { updatedAt: j.updatedAt, name: "Renamed" });
      expect(renamed.name).toBe("Renamed");
      expect(renamed.document.name).toBe("Renamed");
      await expect(store.update(j.id, { updatedAt: j.updatedAt, name: "Lost write" })).rejects.toMatchObject({ kind: "conflict", details: { currentUpdatedAt: renamed.updatedAt } });
      expect((await store.get(j.id)).name).toBe("Renamed");
      await expect(store.update("nope", { updatedAt: j.updatedAt, name: "x" })).rejects.toMatchObject({ kind: "not_found" });
    });

    it("refuses to publish a journey with errors, with the issues", async () => {
      const j = await store.create({ ...blankJourney("Broken"), nodes: [] });
      await expect(store.publish(j.id)).rejects.toMatchObject({ kind: "unprocessable", details: { issues: [expect.objectContaining({ code: "no_trigger" })] } });
      expect(await store.versions(j.id)).toEqual([]);
    });

    it("publishes numbered immutable versions and restores one into the draft", async () => {
      const j = await store.create(booking.document);
      expect((await store.publish(j.id)).version).toBe(1);
      const edited = await store.update(j.id, { updatedAt: j.updatedAt, name: "Booking v2" });
      expect((await store.publish(j.id, edited.updatedAt)).version).toBe(2);
      await expect(store.publish(j.id, j.updatedAt)).rejects.toMatchObject({ kind: "conflict" });
      expect((await store.versions(j.id)).map((v) => [v.version, v.name])).toEqual([[2, "Booking v2"], [1, "Appointment booking"]]);
      const restored = await store.restore(j.id, 1);
      expect(restored.name).toBe("Appointment booking");
      expect(restored.publishedVersion).toBe(2);
      await expect(store.restore(j.id, 9)).rejects.toMatchObject({ kind: "not_found", message: "Version 9 not found" });
    });

    it("says whether the draft differs from the live version, through edits, publishes and restores", async () => {
      const j = await store.create(booking.document);
      const unpublished = async () => (await store.list()).find((x) => x.id === j.id)?.unpublishedChanges;
      expect(await unpublished()).toBeNull();
      await store.publish(j.id);
      expect(await unpublished()).toBe(false);
      const edited = await store.update(j.id, { updatedAt: j.updatedAt, description: "Changed" });
      expect(edited.unpublishedChanges).toBe(true);
      await store.publish(j.id, edited.updatedAt);
      expect(await unpublished()).toBe(false);
      expect((await store.restore(j.id, 1)).unpublishedChanges).toBe(true);
      expect((await store.restore(j.id, 2)).unpublishedChanges).toBe(false);
      expect((await store.version(j.id, 1)).document.description).toBe(booking.document.description);
    });

    it("turns a journey off and on; an imported inactive journey stays off", async () => {
      const j = await store.create(booking.document);
      expect(j.active).toBe(true);
      expect(await store.setActive(j.id, false)).toEqual({ active: false, endedRuns: 0 });
      expect((await store.get(j.id)).active).toBe(false);
      expect((await store.setActive(j.id, true)).active).toBe(true);
      await expect(store.setActive("nope", false)).rejects.toMatchObject({ kind: "not_found" });
      const off = await store.create({ ...booking.document, settings: { ...booking.document.settings, active: false } });
      expect(off.active).toBe(false);
    });

    it("duplicates and deletes", async () => {
      const j = await store.create(booking.document);
      const copy = await store.duplicate(j.id);
      expect(copy.name).toBe("Appointment booking (copy)");
      expect(copy.document.nodes).toEqual(j.document.nodes);
      await store.remove(j.id);
      await expect(store.get(j.id)).rejects.toMatchObject({ kind: "not_found" });
      await expect(store.remove(j.id)).rejects.toMatchObject({ kind: "not_found" });
    });

    it("loads the samples once, even after they are deleted", async () => {
      const before = (await store.list()).length;
      expect(await seedSamples(env.db)).toBe(sampleJourneys.length);
      expect((await store.list()).length).toBe(before + sampleJourneys.length);
      expect(await seedSamples(env.db)).toBe(0);
      expect((await store.list()).length).toBe(before + sampleJourneys.length);
    });

    // SQLite only: one file, one writer at a time, which is what the busy thread contends for.
    if (provider === "sqlite") it("every write path succeeds while another thread keeps writing to the file", async () => {
      const busy = await startBusyWriter(env.target.provider === "sqlite" ? env.target.file : "");
      try {
        const created = await Promise.all(Array.from({ length: 6 }, (_, i) => store.create({ ...booking.document, name: `Busy ${i}` })));
        const [first, second] = created;
        const published = await Promise.all(Array.from({ length: 8 }, () => store.publish(first.id)));
        expect(published.map((p) => p.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        await store.publish(second.id);
        const updated = await store.update(second.id, { updatedAt: second.updatedAt, name: "Busy, renamed" });
        const restored = await store.restore(second.id, 1, updated.updatedAt);
        expect(restored.name).toBe(second.name);
        await Promise.all([store.duplicate(first.id), store.duplicate(second.id)]);
        await Promise.all(created.slice(2).map((j) => store.remove(j.id)));
        expect(await seedSamples(env.db)).toBeGreaterThanOrEqual(0);
      } finally {
        expect(await busy.stop()).toBeGreaterThan(0);
      }
    });

    it("concurrent publishes of one journey each get their own version", async () => {
      const j = await store.create(booking.document);
      const published = await Promise.all(Array.from({ length: 10 }, () => store.publish(j.id)));
      expect(published.map((p) => p.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });
  });
}

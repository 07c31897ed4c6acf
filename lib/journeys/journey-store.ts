import "server-only";
import type { Db } from "../db/client";
import { DomainError, notFound } from "../errors/domain-error";
import { journeyDocumentSchema, type JourneyDocument } from "../journey/document-schema";
import { validateJourney } from "../journey/validate-journey";
import { workspaceChecks } from "./workspace-checks";
import { writeTransaction } from "../db/write-transaction";
import { bumpLiveRevision } from "../db/live-revision";
import { cancelRuns, ENDED_BY_DEACTIVATION } from "../runs/cancel-runs";
import { documentHash } from "./document-hash";
import { hasErrors } from "../schemas/validation-issue";
import type { JourneyRecord, JourneySummary, VersionSummary } from "./api-schemas";

/** Runs a journey's conversation tests: what the publish gate needs of the runtime's test runner. */
export type RunJourneyTests = (document: JourneyDocument) => Promise<{ results: Array<{ id: string; name: string; passed: boolean; problems: Array<{ message: string }> }> }>;

type JourneyRow = {
  id: string;
  name: string;
  description: string;
  nodeCount: number;
  draftHash: string | null;
  active: boolean;
  document?: unknown;
  createdAt: Date;
  updatedAt: Date;
  versions?: Array<{ version: number; publishedAt: Date; hash: string | null }>;
};

const latestVersion = { select: { version: true, publishedAt: true, hash: true }, orderBy: { version: "desc" as const }, take: 1 };

/**
 * Journeys and their published versions. Drafts change under compare-and-set on
 * `updatedAt` (a stale edit is a 409, never a silent overwrite); versions are immutable.
 */
export function journeyStore(db: Db) {
  return {
    async list(): Promise<JourneySummary[]> {
      const rows = await db.journey.findMany({
        select: { id: true, name: true, description: true, nodeCount: true, draftHash: true, active: true, createdAt: true, updatedAt: true, versions: latestVersion },
        orderBy: { updatedAt: "desc" },
      });
      return rows.map(toSummary);
    },

    /** For the audit log, which names what it records. */
    async name(id: string): Promise<string | null> {
      return (await db.journey.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    },

    async get(id: string): Promise<JourneyRecord> {
      const row = await db.journey.findUnique({ where: { id }, include: { versions: latestVersion } });
      if (!row) throw notFound("Journey");
      return toRecord(row);
    },

    /** A new journey; a document exported from an inactive journey arrives inactive. */
    async create(document: JourneyDocument): Promise<JourneyRecord> {
      const row = await db.journey.create({
        data: { ...draftColumns(document), active: document.settings.active ?? true },
        include: { versions: latestVersion },
      });
      return toRecord(row);
    },

    async update(
      id: string,
      change: { updatedAt: string; name?: string; description?: string; document?: JourneyDocument },
    ): Promise<JourneyRecord> {
      const current = await this.get(id);
      const document: JourneyDocument = {
        ...(change.document ?? current.document),
        ...(change.name !== undefined && { name: change.name }),
        ...(change.description !== undefined && { description: change.description }),
      };
      const { count } = await db.journey.updateMany({
        where: { id, updatedAt: new Date(change.updatedAt) },
        data: draftColumns(document),
      });
      if (count === 0) await throwStaleOrMissing(db, id);
      return this.get(id);
    },

    async remove(id: string): Promise<void> {
      await writeTransaction(db, async (tx) => {
        await bumpLiveRevision(tx);
        const { count } = await tx.journey.deleteMany({ where: { id } });
        if (count === 0) throw notFound("Journey");
      });
    },

    async duplicate(id: string): Promise<JourneyRecord> {
      const source = await this.get(id);
      return this.create({ ...source.document, name: copyName(source.name) });
    },

    /** `runTests` is the runtime's test runner, handed in (the store sits below the runtime); a journey that requires passing tests is never published without it. */
    async publish(id: string, basedOn?: string, runTests?: RunJourneyTests): Promise<{ version: number; publishedAt: string }> {
      // Read before the write transaction: SQLite holds its one writer for the whole of it.
      const checks = await workspaceChecks(db, id);
      const tested = await testGate(db, id, runTests);
      return writeTransaction(db, async (tx) => {
        await bumpLiveRevision(tx);
        const row = await tx.journey.findUnique({ where: { id }, include: { versions: latestVersion } });
        if (!row) throw notFound("Journey");
        if (basedOn && row.updatedAt.getTime() !== new Date(basedOn).getTime()) throw stale(row.updatedAt);
        const document = parseStored(row.document);
        if (tested && documentHash(document) !== tested) throw stale(row.updatedAt);
        const issues = validateJourney(document, undefined, checks);
        if (hasErrors(issues)) {
          const errors = issues.filter((i) => i.severity === "error");
          throw new DomainError("unprocessable", "invalid_journey", `The journey has ${errors.length} error${errors.length === 1 ? "" : "s"}; fix them before publishing`, { issues });
        }
        const version = (row.versions[0]?.version ?? 0) + 1;
        const created = await tx.journeyVersion.create({ data: { journeyId: id, version, document: document as object, hash: documentHash(document) } });
        return { version, publishedAt: created.publishedAt.toISOString() };
      });
    },

    /**
     * Turns a journey on or off, at once and for every instance (the live revision moves in
     * the same transaction). Off, it starts no new runs; `endWaiting` also cancels its runs
     * that wait for a reply or sleep in a delay, with their timers.
     */
    async setActive(id: string, active: boolean, endWaiting = false): Promise<{ active: boolean; endedRuns: number }> {
      return writeTransaction(db, async (tx) => {
        await bumpLiveRevision(tx);
        const { count } = await tx.journey.updateMany({ where: { id }, data: { active } });
        if (count === 0) throw notFound("Journey");
        if (!endWaiting) return { active, endedRuns: 0 };
        return { active, endedRuns: await cancelRuns(tx, { journeyId: id }, ENDED_BY_DEACTIVATION) };
      });
    },

    /** A published version's document, to compare a draft with or to open. */
    async version(id: string, version: number): Promise<{ version: number; publishedAt: string; document: JourneyDocument }> {
      const row = await db.journeyVersion.findUnique({ where: { journeyId_version: { journeyId: id, version } } });
      if (!row) {
        await this.get(id);
        throw notFound(`Version ${version}`);
      }
      return { version: row.version, publishedAt: row.publishedAt.toISOString(), document: parseStored(row.document) };
    },

    async versions(id: string): Promise<VersionSummary[]> {
      const rows = await db.journeyVersion.findMany({ where: { journeyId: id }, orderBy: { version: "desc" } });
      if (rows.length === 0 && !(await db.journey.findUnique({ where: { id }, select: { id: true } }))) throw notFound("Journey");
      return rows.map((row) => {
        const document = row.document as JourneyDocument;
        return { version: row.version, publishedAt: row.publishedAt.toISOString(), name: document.name, nodeCount: document.nodes.length };
      });
    },

    async restore(id: string, version: number, basedOn?: string): Promise<JourneyRecord> {
      const row = await db.journeyVersion.findUnique({ where: { journeyId_version: { journeyId: id, version } } });
      if (!row) {
        await this.get(id);
        throw notFound(`Version ${version}`);
      }
      const current = await this.get(id);
      return this.update(id, { updatedAt: basedOn ?? current.updatedAt, document: parseStored(row.document) });
    },
  };
}

export type JourneyStore = ReturnType<typeof journeyStore>;

async function throwStaleOrMissing(db: Db, id: string): Promise<never> {
  const row = await db.journey.findUnique({ where: { id }, select: { updatedAt: true } });
  if (!row) throw notFound("Journey");
  throw stale(row.updatedAt);
}

function stale(updatedAt: Date) {
  return new DomainError("conflict", "conflict", "Someone else saved this journey after the version you edited; reload it or overwrite", {
    currentUpdatedAt: updatedAt.toISOString(),
  });
}

/** Stored documents were parsed on the way in; parsing again fills defaults added since. */
/**
 * When the journey wants passing tests to publish, runs them on the saved draft: a failing
 * one is a 422 naming it. Returns the tested draft's hash (the publish must be of that
 * draft), or null when no test gates it.
 */
async function testGate(db: Db, id: string, runTests: RunJourneyTests | undefined): Promise<string | null> {
  const row = await db.journey.findUnique({ where: { id }, select: { document: true } });
  if (!row) throw notFound("Journey");
  const document = parseStored(row.document);
  if (!document.settings.requirePassingTests || !document.tests?.length) return null;
  if (!runTests) throw new DomainError("unprocessable", "tests_not_run", "This journey must pass its tests to be published, and they could not be run here");
  const run = await runTests(document);
  const failing = run.results.filter((r) => !r.passed);
  if (failing.length) {
    const [first] = failing;
    throw new DomainError("unprocessable", "tests_failed", `Test “${first.name}” fails: ${first.problems[0]?.message ?? "it did not pass"}${failing.length > 1 ? ` (and ${failing.length - 1} more)` : ""}`, {
      issues: failing.map((r) => ({ path: `tests.${r.id}`, code: "test_failed", message: `${r.name}: ${r.problems[0]?.message ?? "failed"}` })),
    });
  }
  return documentHash(document);
}

function parseStored(document: unknown): JourneyDocument {
  return journeyDocumentSchema.parse(document);
}

function copyName(name: string) {
  return `${name.replace(/ \(copy( \d+)?\)$/, "")} (copy)`.slice(0, 120);
}

function draftColumns(document: JourneyDocument) {
  return { name: document.name, description: document.description, document: document as object, nodeCount: document.nodes.length, draftHash: documentHash(document) };
}

/** Unknown (null) for rows saved before hashes were kept, until their next save or publish. */
function unpublished(row: JourneyRow): boolean | null {
  const latest = row.versions?.[0];
  if (!latest) return null;
  if (!row.draftHash || !latest.hash) return null;
  return row.draftHash !== latest.hash;
}

function toSummary(row: JourneyRow): JourneySummary {
  const latest = row.versions?.[0];
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    nodeCount: row.nodeCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedVersion: latest?.version ?? null,
    publishedAt: latest?.publishedAt.toISOString() ?? null,
    unpublishedChanges: unpublished(row),
    active: row.active,
  };
}

function toRecord(row: JourneyRow): JourneyRecord {
  return { ...toSummary(row), document: parseStored(row.document) };
}

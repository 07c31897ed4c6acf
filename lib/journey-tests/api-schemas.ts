import { z } from "zod";
import { journeyDocumentSchema } from "../journey/document-schema";
import type { TestResult } from "./run-journey-test";
import type { Coverage } from "./test-coverage";

/** POST /api/journeys/:id/tests/run: the saved draft's tests, or an unsaved `document`'s. */
export const runTestsBody = z.object({ document: journeyDocumentSchema.optional() }).strict();

export type TestRun = { passed: number; failed: number; results: TestResult[]; coverage: Coverage; durationMs: number };

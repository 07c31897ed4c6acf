/**
 * Conversation tests' speed: 50 tests of the booking sample (its 22 shipped tests, then
 * again, to 50) run through the engine with time simulated, as `Run tests`, the publish
 * gate and `npm run test:journeys` run them. Prints the whole run's p50/p95 over REPEAT
 * runs beside the baseline of validating the same journey, the per-test figure, and
 * whether every run gave the same results (no dependence on wall-clock time or order).
 * Run: npm run bench:journey-tests  (REPEAT=10)
 */
import { canonicalJson } from "../../lib/json/canonical-json";
import { journeyDocumentSchema } from "../../lib/journey/document-schema";
import { sampleJourneys } from "../../lib/journey/samples";
import { validateJourney } from "../../lib/journey/validate-journey";
import { runTests } from "../../lib/journey-tests/run-tests";
import { ms, timed } from "./timed";

const REPEAT = Number(process.env.REPEAT ?? 10);
const booking = journeyDocumentSchema.parse(structuredClone(sampleJourneys[0]));
const shipped = booking.tests ?? [];
const tests = Array.from({ length: 50 }, (_, i) => ({ ...shipped[i % shipped.length], id: `t${i}` }));
const document = { ...booking, tests };

const run = await timed(() => runTests(document), REPEAT);
const validate = await timed(async () => validateJourney(document), REPEAT);
const outcomes = new Set<string>();
for (let i = 0; i < REPEAT; i++) outcomes.add(canonicalJson((await runTests(document)).results));
// Backwards: the same tests in the other order give each the same result.
const reversed = await runTests({ ...document, tests: [...tests].reverse() });
const sameInReverse = canonicalJson([...reversed.results].reverse()) === [...outcomes][0];

console.log(`50 tests of the booking sample (${shipped.length} shipped, repeated), ${REPEAT} runs, Node ${process.version}`);
console.log(`${"whole run".padEnd(28)} p50 ${ms(run.p50)}   p95 ${ms(run.p95)}   target ≤ 5000 ms`);
console.log(`${"per test".padEnd(28)} p50 ${ms(run.p50 / 50)}`);
console.log(`${"baseline: validate journey".padEnd(28)} p50 ${ms(validate.p50)}   p95 ${ms(validate.p95)}`);
console.log(`passed ${run.result.passed}/50 · coverage ${run.result.coverage.handles.covered}/${run.result.coverage.handles.total} outputs`);
console.log(`identical results over ${REPEAT} runs: ${outcomes.size === 1 ? "yes" : `no (${outcomes.size} different)`} · same in reverse order: ${sameInReverse ? "yes" : "no"}`);

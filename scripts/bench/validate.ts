/**
 * Validation speed on generated journeys of 100, 500 and 2,000 nodes: `validate` is what
 * the editor runs on every change (the document is already parsed); `parse + validate`
 * is what a save or an import costs. Baseline: a JSON round trip of the same document,
 * the floor cost of touching it at all.
 * Run: npm run bench:validate
 */
import { generateJourney } from "../../lib/journey/generate-journey";
import { parseJourneyDocument } from "../../lib/journey/parse-document";
import { validateJourney } from "../../lib/journey/validate-journey";

const RUNS = 200;

function measure(fn: () => void) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1] };
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`.padStart(10);
console.log(`node ${process.version}, ${RUNS} runs each after one cold run\n`);
console.log("nodes  edges | JSON round trip p50 | validate p50 | p95        | parse+validate p50 | p95        | cold      | issues");
for (const size of [100, 500, 2000]) {
  const input = generateJourney(size);
  const cold = performance.now();
  const first = parseJourneyDocument(input);
  if (!first.ok) throw new Error("generated journey does not parse");
  const issues = validateJourney(first.document);
  const coldMs = performance.now() - cold;
  const baseline = measure(() => JSON.parse(JSON.stringify(input)));
  const document = first.document;
  const validateOnly = measure(() => validateJourney(document));
  const full = measure(() => {
    const parsed = parseJourneyDocument(input);
    if (parsed.ok) validateJourney(parsed.document);
  });
  console.log(
    `${String(size).padStart(5)} ${String(input.edges.length).padStart(6)} | ${fmt(baseline.p50)}          | ${fmt(validateOnly.p50)}   | ${fmt(validateOnly.p95)} | ${fmt(full.p50)}         | ${fmt(full.p95)} | ${fmt(coldMs)} | ${issues.length}`,
  );
}

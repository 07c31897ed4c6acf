/**
 * Writes generated conversation tests into journey files, replacing the tests they had:
 *   npm run tests:generate -- lib/journey/samples/*.json
 * Review the diff: the expectations are what the journey does today.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseJourneyDocument } from "../../lib/journey/parse-document";
import { generateTests } from "../../lib/journey-tests/generate-tests";

for (const file of process.argv.slice(2)) {
  const raw = JSON.parse(readFileSync(file, "utf8"));
  const parsed = parseJourneyDocument(raw);
  if (!parsed.ok) throw new Error(`${file}: not a journey/v1 document`);
  const tests = await generateTests({ ...parsed.document, tests: [] });
  writeFileSync(file, `${JSON.stringify({ ...raw, tests }, null, 2)}\n`);
  console.log(`${file}: ${tests.length} tests`);
  for (const t of tests) console.log(`  ${t.name}`);
}

import type { JourneyTest } from "../test-format/test-schema";
import type { DocumentMeta } from "./history";

/** The journey's tests live in its document: these give the meta with one test added, changed or removed. */
export function withTest(meta: DocumentMeta, test: JourneyTest): DocumentMeta {
  return { ...meta, tests: [...(meta.tests ?? []), test] };
}

export function withTestChanged(meta: DocumentMeta, id: string, change: (test: JourneyTest) => JourneyTest): DocumentMeta {
  return { ...meta, tests: (meta.tests ?? []).map((t) => (t.id === id ? change(t) : t)) };
}

export function withoutTest(meta: DocumentMeta, id: string): DocumentMeta {
  return { ...meta, tests: (meta.tests ?? []).filter((t) => t.id !== id) };
}

/** `test_3`: the next id no test of the journey has. */
export function nextTestId(meta: DocumentMeta): string {
  const taken = new Set((meta.tests ?? []).map((t) => t.id));
  for (let n = 1; ; n++) if (!taken.has(`test_${n}`)) return `test_${n}`;
}

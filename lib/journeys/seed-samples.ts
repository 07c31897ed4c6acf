import "server-only";
import type { Db } from "../db/client";
import { journeyDocumentSchema } from "../journey/document-schema";
import { sampleJourneys } from "../journey/samples";

const FLAG = "samples_loaded";

/**
 * Loads the sample journeys into a new workspace, once: a workspace whose samples were
 * deleted stays as its owner left it.
 */
export async function seedSamples(db: Db): Promise<number> {
  return db.$transaction(async (tx) => {
    if (await tx.setting.findUnique({ where: { key: FLAG } })) return 0;
    // Newest first in the list: create in reverse so the first sample is on top.
    for (const sample of [...sampleJourneys].reverse()) {
      const document = journeyDocumentSchema.parse(sample);
      await tx.journey.create({
        data: { name: document.name, description: document.description, document: document as object, nodeCount: document.nodes.length },
      });
    }
    await tx.setting.create({ data: { key: FLAG, value: { at: new Date().toISOString() } } });
    return sampleJourneys.length;
  });
}

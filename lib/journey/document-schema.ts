import { z } from "zod";
import { integer } from "../steps/shared/fields";
import { templateMessageSchema } from "../steps/message/kinds/template";
import { STEP_TYPES } from "../steps/registry";
import { journeyTests } from "../test-format/test-schema";

export const JOURNEY_SCHEMA = "journey/v1";

export const NODE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const STEP_TITLE_MAX = 60;

const nodeId = z.string({ error: "Node id must be text" }).regex(NODE_ID, {
  error: "Node ids are 1-64 letters, digits, _ or -",
});

export const journeySettingsSchema = z
  .object({
    reentry: z.enum(["restart", "ignore"], { error: "reentry must be restart or ignore" }).default("ignore"),
    inactivityTimeoutHours: integer("Inactivity timeout", 1, 24 * 90).default(72),
    /**
     * Whether the journey starts new runs. The journey's switch is the truth (it acts at
     * once, without publishing); export writes it here so an import keeps it.
     */
    active: z.boolean({ error: "active must be true or false" }).optional(),
    /** Publishing waits for every test of the journey to pass. */
    requirePassingTests: z.boolean({ error: "requirePassingTests must be true or false" }).optional(),
    windowFallbackTemplate: templateMessageSchema
      .extend({ kind: z.literal("template").default("template") })
      .nullable()
      .default(null),
  })
  .prefault({});

export const journeyNodeSchema = z.object({
  id: nodeId,
  type: z.enum(STEP_TYPES, { error: `Node type must be one of ${STEP_TYPES.join(", ")}` }),
  /** The designer's own name for the step, shown instead of its kind; the id never changes. */
  title: z.string({ error: "title must be text" }).max(STEP_TITLE_MAX, { error: `A step title is at most ${STEP_TITLE_MAX} characters` }).optional(),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }).prefault({ x: 0, y: 0 }),
  // Checked per kind by the validator: a draft may be unfinished, but never malformed.
  // A plain-object check rather than z.record, which would copy every config twice.
  data: z
    .custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value), {
      error: "data must be an object",
    })
    .prefault({}),
});

export const journeyEdgeSchema = z.object({
  id: z.string().min(1, { error: "Edge id is required" }).max(200),
  source: nodeId,
  sourceHandle: z.string().min(1, { error: "sourceHandle is required" }).max(300),
  target: nodeId,
});

/**
 * The journey/v1 envelope: what saving, importing and the API accept. It guarantees the
 * shape (so the editor and the validator can always read it); whether each node's
 * config is complete and within WhatsApp's limits is the validator's job, so a draft
 * that is still being written can be saved and round-trips through export and import.
 */
export const journeyDocumentSchema = z.object({
  schema: z.literal(JOURNEY_SCHEMA, {
    error: (issue) =>
      issue.input === undefined
        ? `schema is required and must be "${JOURNEY_SCHEMA}"`
        : `Unsupported schema ${JSON.stringify(issue.input)}: this version of Journey Studio reads "${JOURNEY_SCHEMA}"`,
  }),
  name: z.string({ error: "name is required" }).trim().min(1, { error: "name cannot be empty" }).max(120, { error: "name is at most 120 characters" }),
  description: z.string().max(1000, { error: "description is at most 1,000 characters" }).default(""),
  settings: journeySettingsSchema,
  nodes: z.array(journeyNodeSchema).max(5000, { error: "A journey has at most 5,000 nodes" }),
  edges: z.array(journeyEdgeSchema).max(20000, { error: "A journey has at most 20,000 edges" }),
  /** Conversation tests kept with the journey; absent and empty are the same. */
  tests: journeyTests.optional(),
});

export type JourneyDocument = z.infer<typeof journeyDocumentSchema>;
export type JourneyDocumentInput = z.input<typeof journeyDocumentSchema>;
export type JourneyNode = JourneyDocument["nodes"][number];
export type JourneyEdge = JourneyDocument["edges"][number];
export type JourneySettings = JourneyDocument["settings"];

import type { z } from "zod";
import type { KeywordSettings } from "../whatsapp/keyword-settings";
import type { FormField } from "./form-field";
import type { TemplateLookup } from "../whatsapp/template-catalog";
import type { TestTurn } from "../test-format/test-schema";

/** Where a kind sits in the palette. */
export type StepCategory = "triggers" | "messages" | "logic" | "integrations" | "annotations";

/** One named output of a node; an edge leaves from exactly one of these. */
export type OutputHandle = {
  id: string;
  label: string;
  /** How the canvas colours it and whether leaving it unconnected deserves a warning. */
  tone?: "default" | "option" | "error" | "timeout";
  /** A run that leaves by this handle has just received a message from the contact. */
  receivesReply?: boolean;
};

/** A problem inside one node's config; the validator adds the node id. */
export type { StepIssue } from "../schemas/validation-issue";
import type { StepIssue } from "../schemas/validation-issue";

/** A turn that takes a step's output: "tap Check-up" takes `option:checkup`. */
export type TestInput = { handle: string; turn: TestTurn };

/**
 * What validation knows beyond the document: one template lookup per channel the journey
 * may send on, the workspace's keywords and channels (absent: not checked), and the
 * journey's own id.
 */
export type ValidationContext = { templates: TemplateLookup[]; keywords?: KeywordSettings; channels?: ChannelSendability[]; journeyId?: string };

/** Whether a channel can send now (it has its API key). */
export type ChannelSendability = { id: string; name: string; canSend: boolean };

/** A Liquid template field of a node's config, by its path inside `data`. */
export type TemplateField = { path: string; value: string };

/**
 * Everything about a step kind that is true on both server and client, its inspector
 * form included (as data). The engine adds an executor keyed by `type`; nothing outside
 * `lib/steps/` switches on a kind.
 */
export type StepDefinition<Config = unknown> = {
  type: string;
  label: string;
  description: string;
  /** An icon name from components/ui/icon.tsx. */
  icon: string;
  category: StepCategory;
  /** Full config schema: types, defaults and WhatsApp limits. */
  configSchema: z.ZodType<Config>;
  /** The config of a freshly added node. */
  defaultConfig(): Config;
  /** Triggers start runs and notes are never executed: neither has an input. */
  hasInput: boolean;
  isTrigger?: boolean;
  outputs(config: Config): OutputHandle[];
  /** One line for the canvas and lists. */
  summary(config: Config): string;
  /** A variant's own icon and name, e.g. a message node that sends a list. */
  appearance?(config: Config): { icon: string; subtitle: string };
  /** Rules a schema cannot say (cross-field, unique titles, totals). */
  validate?(config: Config): StepIssue[];
  /** Rules that need the workspace: the templates synced from 8x8 for the journey's channels, its keywords. */
  validateWith?(config: Config, context: ValidationContext): StepIssue[];
  /** Triggers: the channels it starts runs on; null (or absent) for every channel. */
  listensOn?(config: Config): string[] | null;
  /** The run stops here until a reply or a timer: a cycle through it is not a busy loop. */
  pauses?(config: Config): boolean;
  /**
   * While a run waits here a person has the conversation: the customer's messages go to
   * them (no reply resumes it, no trigger starts or restarts a journey), and the run does
   * not expire for inactivity.
   */
  holdsContact?(config: Config): boolean;
  /**
   * Test generation: what the customer (or time) can do that takes each output of this
   * step, when it waits here, starts the journey (a trigger) or reads the reply (a branch).
   */
  testInputs?(config: Config): TestInput[];
  /** Seconds this step sleeps when known up front (the 24-hour window check). */
  sleepsSeconds?(config: Config): number | null;
  /** Sends a free-form (non-template) message, which needs an open 24-hour window. */
  sendsFreeForm?(config: Config): boolean;
  templateFields?(config: Config): TemplateField[];
  /** The WhatsApp templates it sends (the Templates page lists who uses each). */
  templatesUsed?(config: Config): Array<{ name: string; language: string }>;
  /** Names this step writes under `vars`, for the variable picker. */
  writesVars?(config: Config): string[];
  /** The inspector's fields for this config (they may depend on it). */
  form(config: Config): FormField[];
  /** Palette entries when one kind offers several starting points (each message kind). */
  palette?(): PaletteEntry[];
  /** What the preview simulator needs beyond what the step sends. */
  simulator?: {
    /** The preview's Start button starts runs here (an API call would). */
    startable?: boolean;
    /** Its HTTP calls can be answered by a mock set in the preview. */
    mocksHttp?: boolean;
    /** The response saved with the step that the preview answers with, unless told otherwise. */
    savedResponse?(config: Config): { status: number; body: unknown } | null;
    /** The WhatsApp Flow JSON of the form it sends, to render that form. */
    flowJson?(config: Config): unknown;
  };
};

/** One draggable entry of the palette: a kind with a ready-made config. */
export type PaletteEntry = { key: string; label: string; description: string; icon: string; config: unknown };

export function defineStep<Config>(definition: StepDefinition<Config>): StepDefinition<Config> {
  return definition;
}

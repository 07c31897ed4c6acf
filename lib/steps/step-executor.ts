import type { Reply } from "../whatsapp/normalize-reply";
import type { SendContent } from "./message/message-kind";
import type { TemplateMessage } from "./message/kinds/template";
import type { TemplateLookup } from "../whatsapp/template-catalog";

/** What templates see (journey-format.md, Templating). */
export type RunScope = {
  contact: { msisdn?: string; channelUserId?: string; name?: string; username?: string };
  trigger: unknown;
  reply: Reply | null;
  vars: Record<string, unknown>;
  run: { id: string; journeyId: string; version: number; startedAt: string };
};

export type RecentMessage = { from: "contact" | "business"; at: string; message: unknown };

import type { HttpAnswer, HttpCall } from "../http/http-call";

export type ExecuteContext<Config> = {
  config: Config;
  nodeId: string;
  scope: RunScope;
  /** Renders a Liquid field of this node; throws a TemplateError naming the field. */
  render(template: string, path: string): string;
  /** Renders with workspace secrets in scope: only HTTP requests may see them. */
  renderWithSecrets(template: string, path: string): string;
  /** The contact's 24-hour customer service window. */
  windowOpen: boolean;
  fallbackTemplate: TemplateMessage | null;
  /** The contact wrote an opt-out keyword: no template may be sent to them. */
  optedOut: boolean;
  /**
   * The channel's synced templates: a send of a known template is checked against them;
   * null when none were synced. Asked for only by a step that sends a template.
   */
  templates(): Promise<TemplateLookup | null>;
  http(call: HttpCall): Promise<HttpAnswer>;
  /** The contact's latest messages both ways, oldest first (a handoff tells a person what was said). */
  recentMessages(limit: number): Promise<RecentMessage[]>;
  /** Stable per run and step execution: the same retry of a step gets the same key. */
  stepKey: string;
  now: Date;
};

/** How a step finished. Everything but `next` stops the run here for now. */
export type StepOutcome =
  | { type: "next"; handle: string; output?: unknown; error?: string; vars?: Record<string, unknown>; send?: SendContent }
  | { type: "wait"; timeoutSeconds: number; output?: unknown; send?: SendContent; conversation?: { queue: string } }
  | { type: "sleep"; until: Date; output?: unknown }
  | { type: "end"; outcome?: string }
  | { type: "fail"; error: string };

export type ResumeOutcome = { handle: string; vars?: Record<string, unknown>; output?: unknown };

/** The server half of a step kind; the isomorphic half is its definition. */
export type StepExecutor<Config = unknown> = {
  execute(context: ExecuteContext<Config>): StepOutcome | Promise<StepOutcome>;
  /** A waiting step gets the contact's reply: which output the run leaves by. */
  onReply?(config: Config, reply: Reply): ResumeOutcome;
  /** A waiting or sleeping step's timer fired. */
  onTimer?(config: Config): ResumeOutcome;
  /** Triggers only: does this inbound message, on this channel (null: the preview, any), start the journey? */
  matches?(config: Config, reply: Reply, where: { channelId: string | null }): boolean;
};

export function defineExecutor<Config>(executor: StepExecutor<Config>): StepExecutor<Config> {
  return executor;
}

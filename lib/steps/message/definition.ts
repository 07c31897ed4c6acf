import { z } from "zod";
import { integer, SECONDS_PER_DAY } from "../shared/fields";
import { defineStep, type OutputHandle, type StepIssue, type TestInput } from "../step-definition";
import { prefixFields } from "../form-field";
import { messageKind, messageKinds, messageSchema, type AnyMessage } from "./message-kinds";
import { checkTemplateSend } from "../../whatsapp/check-template-send";
import { flowAnswers } from "../../whatsapp/flow-answers";
import type { PreviewReply } from "../../test-format/preview-inputs";

const configSchema = z.object({
  message: messageSchema,
  wait: z
    .object({
      enabled: z.boolean().default(false),
      timeoutSeconds: integer("Reply timeout", 1, 30 * SECONDS_PER_DAY).default(SECONDS_PER_DAY),
    })
    .prefault({}),
});

export type MessageConfig = z.infer<typeof configSchema>;

/** A new kind keeps what the old one said, where both have a body or text. */
function switchKind(message: AnyMessage, kind: string): AnyMessage {
  const next = messageKind(kind).defaults() as Record<string, unknown>;
  const old = message as Record<string, unknown>;
  const said = old.body ?? old.text ?? old.caption;
  if (typeof said === "string" && said) {
    for (const key of ["body", "text", "caption"]) if (key in next) return { ...next, [key]: said } as AnyMessage;
  }
  return next as AnyMessage;
}

function waits(config: MessageConfig) {
  return config.wait.enabled && messageKind(config.message.kind).canWait;
}

export const messageStep = defineStep<MessageConfig>({
  type: "message",
  label: "Send message",
  description: "Send a WhatsApp message; buttons, lists and Flows can wait for the answer",
  icon: "message",
  category: "messages",
  configSchema: configSchema as z.ZodType<MessageConfig>,
  defaultConfig: () => ({ message: messageKind("text").defaults(), wait: { enabled: false, timeoutSeconds: SECONDS_PER_DAY } }),
  hasInput: true,
  outputs(config) {
    if (!waits(config)) {
      return [
        { id: "next", label: "Sent" },
        { id: "failed", label: "Failed", tone: "error" },
      ];
    }
    const kind = messageKind(config.message.kind);
    const handles: OutputHandle[] = (kind.options?.(config.message) ?? []).map((o) => ({
      id: `option:${o.id}`,
      label: o.label,
      tone: "option",
      receivesReply: true,
    }));
    if (kind.selects?.(config.message)) handles.push({ id: "selected", label: "Selected", tone: "option", receivesReply: true });
    handles.push(
      { id: "other", label: "Other reply", receivesReply: true },
      { id: "timeout", label: "No reply", tone: "timeout" },
      { id: "failed", label: "Failed", tone: "error" },
    );
    return handles;
  },
  summary: (config) => messageKind(config.message.kind).summary(config.message),
  form(config) {
    const kind = messageKind(config.message.kind);
    return [
      {
        type: "select",
        path: "message.kind",
        label: "Message type",
        options: messageKinds.map((k) => ({ value: k.kind, label: k.label })),
        apply: (data, value) => ({ ...(data as MessageConfig), message: switchKind((data as MessageConfig).message, String(value)) }),
      },
      ...prefixFields("message", kind.form(config.message)),
      ...(kind.canWait
        ? [
            { type: "toggle" as const, path: "wait.enabled", label: "Wait for the answer here", help: "One output per option, plus Other reply and No reply" },
            ...(config.wait.enabled ? [{ type: "duration" as const, path: "wait.timeoutSeconds", label: "Reply timeout" }] : []),
          ]
        : []),
    ];
  },
  palette: () =>
    messageKinds.map((k) => ({
      key: `message.${k.kind}`,
      label: k.label,
      description: k.description,
      icon: k.icon,
      // A template usually opens the conversation: waiting on its quick replies is opt-in.
      config: { message: k.defaults(), wait: { enabled: k.canWait && k.freeForm, timeoutSeconds: SECONDS_PER_DAY } },
    })),
  appearance(config) {
    const kind = messageKind(config.message.kind);
    return { icon: kind.icon, subtitle: waits(config) ? `${kind.label} · waits for reply` : kind.label };
  },
  validate(config) {
    const kind = messageKind(config.message.kind);
    const issues: StepIssue[] = (kind.validate?.(config.message) ?? []).map((issue) => ({
      ...issue,
      path: `message.${issue.path}`,
    }));
    if (config.wait.enabled && !kind.canWait) {
      issues.push({ severity: "error", path: "wait.enabled", code: "cannot_wait", message: `A ${kind.label.toLowerCase()} message cannot wait for a reply; add a Wait for reply step` });
    }
    return issues;
  },
  templatesUsed(config) {
    const send = messageKind(config.message.kind).toSend(config.message);
    if (send.type !== "template") return [];
    const { name, language } = send.content.template as { name: string; language: string };
    return [{ name, language }];
  },
  validateWith(config, context) {
    const kind = messageKind(config.message.kind);
    const send = kind.toSend(config.message);
    if (send.type !== "template") return [];
    const template = send.content.template as Parameters<typeof checkTemplateSend>[0];
    return context.templates.flatMap((lookup) =>
      checkTemplateSend(template, lookup).map((issue) => ({ ...issue, path: `message.${kind.templateIssuePath?.(issue.path) ?? "name"}` })),
    );
  },
  testInputs(config) {
    if (!waits(config)) return [];
    const kind = messageKind(config.message.kind);
    const tap = kind.kind === "list" ? "list" : "button";
    const inputs: TestInput[] = (kind.options?.(config.message) ?? []).map((o) => ({ handle: `option:${o.id}`, turn: { type: "send", reply: { type: tap, id: o.id, title: o.label } } }));
    if (kind.selects?.(config.message)) {
      const flowJson = kind.flowJson?.(config.message);
      const replies: PreviewReply[] = flowJson ? flowAnswers(flowJson).map((flow) => ({ type: "flow", flow })) : [{ type: "list", id: "1", title: "The first choice" }];
      inputs.push(...replies.map((reply) => ({ handle: "selected", turn: { type: "send" as const, reply } })));
    }
    inputs.push({ handle: "other", turn: { type: "send", reply: { type: "text", text: "Something else" } } }, { handle: "timeout", turn: { type: "wait" } });
    return inputs;
  },
  pauses: waits,
  simulator: { flowJson: (config) => messageKind(config.message.kind).flowJson?.(config.message) },
  sendsFreeForm: (config) => messageKind(config.message.kind).freeForm,
  templateFields: (config) =>
    messageKind(config.message.kind)
      .templateFields(config.message)
      .map((f) => ({ path: `message.${f.path}`, value: f.value })),
});

export type { AnyMessage };

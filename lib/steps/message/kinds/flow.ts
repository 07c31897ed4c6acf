import { z } from "zod";
import { requiredText } from "../../shared/fields";
import { defineMessageKind } from "../message-kind";
import { frameContent, frameFields, frameForm, interactiveFrame } from "./interactive-frame";

/** A WhatsApp Flow sent as an interactive message; its submission is the `selected` answer. */
export const flowMessage = defineMessageKind({
  kind: "flow",
  label: "WhatsApp Flow",
  description: "A form inside WhatsApp: screens, inputs and a submit button",
  icon: "flow",
  schema: z.object({
    kind: z.literal("flow"),
    ...interactiveFrame,
    flowId: requiredText("Flow id", 64),
    cta: requiredText("Button text", 20),
    screen: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    /** The Flow's own JSON, used by the preview to render the form. */
    flowJson: z
      .object({ version: z.string(), screens: z.array(z.object({ id: z.string() }).loose()).min(1) })
      .loose()
      .optional(),
  }),
  defaults: () => ({
    kind: "flow" as const,
    header: undefined,
    body: "Please fill in this short form.",
    footer: undefined,
    flowId: "",
    cta: "Open form",
    screen: undefined,
    data: undefined,
    flowJson: undefined,
  }),
  freeForm: true,
  canWait: true,
  selects: () => true,
  form: () => [
    ...frameForm(),
    { type: "text", path: "cta", label: "Button text", max: 20 },
    { type: "text", path: "flowId", label: "Flow id", max: 64, mono: true },
    { type: "text", path: "screen", label: "First screen", mono: true, optional: true },
    { type: "json", path: "data", label: "Initial data", optional: true },
    { type: "json", path: "flowJson", label: "Flow JSON", optional: true, help: "Paste the Flow's JSON to preview the form in the simulator" },
  ],
  summary: (m) => `${m.body} → ${m.cta}`,
  validate(m) {
    if (!m.screen || !m.flowJson) return [];
    const known = m.flowJson.screens.some((s) => s.id === m.screen);
    return known ? [] : [{ severity: "error", path: "screen", code: "unknown_screen", message: `The Flow has no screen "${m.screen}"` }];
  },
  templateFields: (m) => frameFields(m),
  flowJson: (m) => m.flowJson,
  toSend: (m) => ({
    type: "interactive",
    content: {
      interactive: {
        type: "flow",
        ...frameContent(m),
        action: {
          parameters: {
            flowId: m.flowId,
            flowCta: m.cta,
            flowAction: "navigate",
            // 8x8 wants a non-empty data object whenever a payload is sent.
            ...(m.screen && { flowActionPayload: { screen: m.screen, ...(m.data && Object.keys(m.data).length ? { data: m.data } : {}) } }),
          },
        },
      },
    },
  }),
});

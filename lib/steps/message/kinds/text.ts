import { z } from "zod";
import { requiredText } from "../../shared/fields";
import { defineMessageKind } from "../message-kind";

export const textMessage = defineMessageKind({
  kind: "text",
  label: "Text",
  description: "A plain text message, up to 4,096 characters",
  icon: "message",
  schema: z.object({ kind: z.literal("text"), text: requiredText("Text", 4096) }),
  defaults: () => ({ kind: "text" as const, text: "Hi {{ contact.name | default: \"there\" }}!" }),
  freeForm: true,
  canWait: false,
  summary: (m) => m.text,
  form: () => [{ type: "text", path: "text", label: "Message", max: 4096, template: true, multiline: true, help: "WhatsApp formatting works: *bold*, _italic_, ~strike~" }],
  templateFields: (m) => [{ path: "text", value: m.text }],
  toSend: (m) => ({ type: "text", content: { text: m.text } }),
});

import { z } from "zod";
import type { MessageKindDefinition } from "./message-kind";
import { buttonsMessage } from "./kinds/buttons";
import { carouselMessage } from "./kinds/carousel";
import { ctaUrlMessage } from "./kinds/cta-url";
import { flowMessage } from "./kinds/flow";
import { listMessage } from "./kinds/list";
import { locationMessage } from "./kinds/location";
import { mediaMessage } from "./kinds/media";
import { templateMessage } from "./kinds/template";
import { textMessage } from "./kinds/text";

/** Every message kind, in palette order. Adding one is a file in kinds/ and a line here. */
export const messageKinds = [
  textMessage,
  mediaMessage("image"),
  mediaMessage("video"),
  mediaMessage("audio"),
  mediaMessage("file"),
  locationMessage,
  buttonsMessage,
  listMessage,
  ctaUrlMessage,
  templateMessage,
  carouselMessage,
  flowMessage,
] as const;

export type AnyMessage = z.infer<(typeof messageKinds)[number]["schema"]>;
export type MessageKind = AnyMessage["kind"];

const byKind = new Map<string, MessageKindDefinition>(
  messageKinds.map((k) => [k.kind, k as unknown as MessageKindDefinition]),
);

export function messageKind(kind: string): MessageKindDefinition<AnyMessage> {
  const definition = byKind.get(kind);
  if (!definition) throw new Error(`Unknown message kind "${kind}"`);
  return definition as unknown as MessageKindDefinition<AnyMessage>;
}

export const messageSchema = z.discriminatedUnion(
  "kind",
  messageKinds.map((k) => k.schema) as unknown as [z.ZodObject, ...z.ZodObject[]],
  { error: `Message kind must be one of ${messageKinds.map((k) => k.kind).join(", ")}` },
) as unknown as z.ZodType<AnyMessage>;

import { z } from "zod";
import { sizedJson } from "../json/sized-json";

/**
 * What a person does in the preview, as data: the contact, the messages they send, the
 * canned answers of HTTP steps. Shared by the preview API and the journey's tests, which
 * replay the same inputs.
 */
const msisdn = z.string().regex(/^\+?[1-9]\d{6,14}$/, { error: "The number must be an E.164 phone number such as +15551234567" });

export const previewContact = z.object({ name: z.string().max(256).default(""), msisdn });
export type PreviewContact = z.infer<typeof previewContact>;

/** A canned answer for one HTTP step: a response, or a network failure. */
export const httpMock = z.union([
  z.object({ status: z.number().int().min(100).max(599), body: sizedJson(1024 * 1024, "A mocked body") }),
  z.object({ error: z.string().min(1).max(500) }),
]);
export type HttpMock = z.infer<typeof httpMock>;

/** What the person can send: what the pane's composer and interactive parts produce. */
export const previewReply = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string().min(1, { error: "Type a message" }).max(4096) }),
  z.object({ type: z.literal("button"), id: z.string().min(1), title: z.string().min(1) }),
  z.object({ type: z.literal("list"), id: z.string().min(1), title: z.string().min(1), description: z.string().optional() }),
  z.object({ type: z.literal("flow"), flow: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal("location"), latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180), name: z.string().optional() }),
]);
export type PreviewReply = z.infer<typeof previewReply>;


import "server-only";
import { randomUUID } from "node:crypto";
import type { Reply } from "../whatsapp/normalize-reply";
import type { HttpAnswer } from "../http/http-call";
import type { HttpMock, PreviewReply } from "./preview-schemas";

/** What the preview answers an HTTP step with when it is mocked: a response, or a network failure. */
export function mockAnswer(mock: HttpMock): HttpAnswer {
  return "error" in mock ? { error: mock.error } : { status: mock.status, headers: { "content-type": "application/json" }, body: mock.body };
}

/** What the pane sent, as the `reply` an 8x8 webhook would have produced. */
export function toReply(input: PreviewReply, now: Date): Reply {
  const base = { receivedAt: now.toISOString(), umid: `preview-${randomUUID()}` };
  switch (input.type) {
    case "text": return { ...base, type: "text", text: input.text };
    case "button": return { ...base, type: "button", id: input.id, title: input.title, text: input.title };
    case "list": return { ...base, type: "list", id: input.id, title: input.title, description: input.description, text: input.title };
    case "flow": return { ...base, type: "flow", flow: input.flow };
    case "location": return { ...base, type: "location", location: { latitude: input.latitude, longitude: input.longitude } };
  }
}


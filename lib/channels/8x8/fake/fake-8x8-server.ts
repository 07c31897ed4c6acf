import { randomUUID } from "node:crypto";
import { inboundEvent, type InboundUser, type InboundWhat } from "./inbound-event";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { sendBodySchema, type SentMessage } from "./send-body-schema";
import { fakeTemplates } from "./fake-templates";

export type Fake8x8Options = {
  port?: number;
  apiKey: string;
  subAccountId: string;
  /** Where receipts and customer messages are posted (the app's webhook URL). */
  webhookUrl?: string;
  webhookAuth?: string;
  /** Post a "delivered" receipt for every accepted message. */
  autoDeliver?: boolean;
};

export type Received = SentMessage & { umid: string; at: number };
/** An injected failure: an error answer (after an optional delay), no answer at all, or a reset connection. */
/** An injected answer to the template list: a status with 8x8's error, or a body of another kind (a proxy's HTML page). */
export type ListFailure = { status: number; body?: string; contentType?: string };
export type Failure = { status: number; retryAfter?: number; code?: number; message?: string; delayMs?: number } | { hang: true } | { reset: true };

/**
 * A stand-in for 8x8 Chat Apps on loopback, shaped like the documented API: the send
 * endpoint (auth, body validation, `{ umid, status: queued }`), failure injection (429
 * with Retry-After, 500, slow answers), delivery receipts posted back, and a customer
 * who sends inbound webhooks. Control endpoints live under /_fake/ for scripts.
 */
export async function startFake8x8(options: Fake8x8Options) {
  const messages: Received[] = [];
  const failures: Failure[] = [];
  const listFailures: ListFailure[] = [];
  let randomFailures: { rate: number; choices: Failure[] } | null = null;
  const waiters: Array<() => void> = [];
  const rejected: Array<{ status: number; body: unknown }> = [];
  const templates = fakeTemplates();

  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const url = new URL(req.url ?? "/", "http://fake");
      if (req.method === "POST" && url.pathname === `/api/v1/subaccounts/${options.subAccountId}/messages`) return await send(req, res, body);
      if (req.method === "POST" && /^\/api\/v1\/subaccounts\/[^/]+\/messages$/.test(url.pathname)) return json(res, 400, error(1001, "Illegal SubAccountId"));
      const details = /^\/api\/v1\/subaccounts\/([^/]+)\/messages\/([^/]+)$/.exec(url.pathname);
      if (req.method === "GET" && details) return messageDetails(req, res, decodeURIComponent(details[1]), decodeURIComponent(details[2]));
      const templateList = /^\/api\/v1\/accounts\/[^/]+\/channels\/[^/]+\/templates$/.test(url.pathname);
      if (req.method === "GET" && templateList) {
        const failure = listFailures.shift();
        if (failure) return void res.writeHead(failure.status, { "Content-Type": failure.contentType ?? "application/json" }).end(failure.body ?? JSON.stringify(error(2000, "Injected failure")));
        return req.headers.authorization === `Bearer ${options.apiKey}` ? json(res, 200, templates.list()) : json(res, 401, error(1200, "Unauthorized"));
      }
      if (req.method === "POST" && url.pathname === "/_fake/templates/change") {
        const { name, language, ...change } = JSON.parse(body);
        return json(res, 200, await fake.changeTemplate(name, language, change));
      }
      if (url.pathname === "/_fake/messages") return json(res, 200, { messages, rejected });
      if (req.method === "POST" && url.pathname === "/_fake/fail-template-list") return (listFailures.push(...(JSON.parse(body) as ListFailure[])), json(res, 200, { queued: listFailures.length }));
      if (req.method === "POST" && url.pathname === "/_fake/fail") return (failures.push(...(JSON.parse(body) as Failure[])), json(res, 200, { queued: failures.length }));
      if (req.method === "POST" && url.pathname === "/_fake/inbound") {
        const { user, text, buttonId, listId, title } = JSON.parse(body);
        return json(res, 200, await fake.say(user, buttonId ? { buttonId, title } : listId ? { listId, title } : { text }));
      }
      if (req.method === "POST" && url.pathname === "/_fake/reset") return (messages.length = 0, failures.length = 0, json(res, 200, {}));
      json(res, 404, error(1300, "Not found"));
    } catch (e) {
      json(res, 500, error(2000, (e as Error).message));
    }
  });

  /** GET …/messages/{umid}: the key is checked first, then the sub-account, then the umid. */
  function messageDetails(req: IncomingMessage, res: ServerResponse, subAccountId: string, umid: string) {
    if (req.headers.authorization !== `Bearer ${options.apiKey}`) return json(res, 401, error(1200, "Unauthorized"));
    if (subAccountId !== options.subAccountId) return json(res, 400, error(1001, "Illegal SubAccountId"));
    const message = messages.find((m) => m.umid === umid);
    return message ? json(res, 200, { umid, subAccountId, status: { state: "sent" } }) : json(res, 404, error(1300, "Message not found"));
  }

  async function send(req: IncomingMessage, res: ServerResponse, raw: string) {
    if (req.headers.authorization !== `Bearer ${options.apiKey}`) return json(res, 401, error(1200, "Unauthorized"));
    const failure = failures.shift() ?? pickRandomFailure();
    if (failure && "hang" in failure) return;
    if (failure && "reset" in failure) return void req.socket.destroy();
    if (failure?.delayMs) await new Promise((r) => setTimeout(r, failure.delayMs));
    if (failure && failure.status >= 400) {
      res.setHeader("Content-Type", "application/json");
      if (failure.retryAfter !== undefined) res.setHeader("Retry-After", String(failure.retryAfter));
      res.writeHead(failure.status).end(JSON.stringify(error(failure.code ?? (failure.status === 429 ? 1009 : 2000), failure.message ?? "Injected failure")));
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return json(res, 400, error(1000, "Invalid JSON"));
    }
    const result = sendBodySchema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      rejected.push({ status: 400, body: parsed });
      return json(res, 400, error(1000, `Invalid parameter ${issue.path.join(".")}: ${issue.message}`));
    }
    const refused = result.data.type.toLowerCase() === "template" ? templates.checkSend((result.data.content as { template: Parameters<typeof templates.checkSend>[0] }).template) : null;
    if (refused) {
      rejected.push({ status: 400, body: parsed });
      return json(res, 400, error(refused.code, refused.message));
    }
    const umid = randomUUID();
    messages.push({ ...result.data, umid, at: Date.now() });
    waiters.splice(0).forEach((wake) => wake());
    json(res, 200, { umid, user: result.data.user, clientMessageId: result.data.clientMessageId, status: { state: "queued", timestamp: new Date().toISOString() } });
    if (options.autoDeliver) void fake.deliver(umid, "delivered").catch(() => undefined);
  }

  function pickRandomFailure(): Failure | undefined {
    if (!randomFailures || Math.random() >= randomFailures.rate) return undefined;
    return randomFailures.choices[Math.floor(Math.random() * randomFailures.choices.length)];
  }

  async function post(event: unknown) {
    if (!options.webhookUrl) throw new Error("the fake 8x8 has no webhookUrl");
    const response = await fetch(options.webhookUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(options.webhookAuth && { Authorization: options.webhookAuth }) },
      body: JSON.stringify(event),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  /** The button or list row with this id in the last interactive message sent to the user. */
  function tapped(user: { msisdn?: string; channelUserId?: string }, id: string | undefined): { title: string; description?: string } | undefined {
    if (!id) return undefined;
    const last = [...messages].reverse().find((m) => m.type.toLowerCase() === "interactive" && (m.user.msisdn === user.msisdn || (!user.msisdn && m.user.channelUserId === user.channelUserId)));
    const action = (last?.content as { interactive?: { action?: { buttons?: Array<{ reply: { id: string; title: string } }>; sections?: Array<{ rows: Array<{ id: string; title: string; description?: string }> }> } } } | undefined)?.interactive?.action;
    const button = action?.buttons?.find((b) => b.reply.id === id)?.reply;
    return button ?? action?.sections?.flatMap((section) => section.rows).find((row) => row.id === id);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  const fake = {
    url: `http://127.0.0.1:${port}`,
    port,
    messages,
    rejected,
    options,
    /** The next send requests fail like this, in order. */
    failNext(...next: Failure[]) {
      failures.push(...next);
    },
    /** The next template list requests answer like this, in order. */
    failTemplateList(...next: ListFailure[]) {
      listFailures.push(...next);
    },
    /** From now on, each send fails with probability `rate`, like one of `choices` picked at random (rate 0 stops it). */
    failRandomly(rate: number, choices: Failure[]) {
      randomFailures = rate > 0 ? { rate, choices } : null;
    },
    /** Resolves once at least `count` messages were accepted. */
    async waitForMessages(count: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${messages.length}: ${JSON.stringify(messages.map((m) => m.content))}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return messages.slice(0, count);
    },
    /** A delivery receipt (v9) for a sent message. */
    deliver(umid: string, state: string, extra: { detail?: string; errorCode?: number; errorMessage?: string } = {}) {
      const message = messages.find((m) => m.umid === umid);
      return post({
        version: 9, namespace: "ChatApps", eventType: "outbound_message_status_changed", description: "ChatApps outbound message delivery receipt",
        payload: {
          umid, clientMessageId: message?.clientMessageId, subAccountId: options.subAccountId, channel: "whatsapp", user: message?.user ?? {},
          status: { state, ...(extra.detail && { detail: extra.detail }), timestamp: new Date().toISOString(), ...(extra.errorCode !== undefined && { errorCode: extra.errorCode, errorMessage: extra.errorMessage }) },
        },
      });
    },
    /** The customer writes: text, or a tap on a button or list row. Returns the app's answer. */
    say(user: InboundUser, what: InboundWhat, umid: string = randomUUID(), version: 2 | 3 = 3) {
      // A tap echoes the option as WhatsApp showed it: the row's title and description.
      const option = tapped(user, what.buttonId ?? what.listId);
      const shown = option ? { ...what, title: option.title, description: option.description } : what;
      return post(inboundEvent(user, shown, { umid, version, subAccountId: options.subAccountId }));
    },
    /** WhatsApp changes a template (status and reason, or quality): the fake lists it so and posts 8x8's CABM webhook. */
    changeTemplate(name: string, language: string, change: { status?: string; reason?: string; quality?: string }) {
      return post(templates.change(name, language, change));
    },
    reset() {
      messages.length = 0;
      failures.length = 0;
      listFailures.length = 0;
      rejected.length = 0;
      randomFailures = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Hung requests hold their connections open; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
  return fake;
}

export type Fake8x8 = Awaited<ReturnType<typeof startFake8x8>>;

function error(code: number, message: string) {
  return { code, message, errorId: randomUUID(), timestamp: new Date().toISOString() };
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.on("data", (chunk) => (data += chunk));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

import { parseArgs } from "node:util";

export const FAKE_8X8_USAGE = `npm run fake-8x8 -- [options]

A stand-in for 8x8 Chat Apps on this machine: the send API your app calls, and a customer
who writes to your app through a channel's webhook.

Options:
  --port <n>          port to listen on (default: PORT, else 4010)
  --app <url>         the app's address (default: APP_URL, else http://localhost:3000)
  --channel <id>      the channel the customer writes to: "default" (EIGHTX8_* variables)
                      or an id from Settings → Channels, such as ch_2erjflrlln (default: default)
  --auth <value>      the channel's webhook Authorization value, as Settings → Channels showed
                      it (default: EIGHTX8_WEBHOOK_AUTH)
  --api-key <key>     the API key the fake accepts (default: fake-key)
  --sub-account <id>  the sub-account it accepts (default: Fake_WhatsApp)
  --no-deliver        do not post delivery receipts for accepted messages
  -h, --help          this text

Play the customer:
  curl -XPOST localhost:<port>/_fake/inbound -H 'content-type: application/json' \\
    -d '{"user":{"msisdn":"+15551234567","name":"Jane"},"text":"book"}'
See what the app sent:
  curl localhost:<port>/_fake/messages`;

export type FakeCliOptions = {
  port: number;
  webhookUrl: string;
  webhookAuth: string | undefined;
  apiKey: string;
  subAccountId: string;
  autoDeliver: boolean;
  appUrl: string;
  channel: string;
};

/** The fake 8x8's command line, flags first, then the environment, then defaults. Throws with a message a person can act on. */
export function parseFakeCli(argv: string[], env: Record<string, string | undefined>): { help: true } | { help: false; options: FakeCliOptions } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      app: { type: "string" },
      channel: { type: "string" },
      auth: { type: "string" },
      "api-key": { type: "string" },
      "sub-account": { type: "string" },
      "no-deliver": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return { help: true };
  const rawPort = values.port ?? env.PORT ?? env.FAKE_8X8_PORT ?? "4010";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${rawPort}"`);
  const appUrl = (values.app ?? env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
  if (!/^https?:\/\/[^/]+/.test(appUrl)) throw new Error(`--app must be the app's http(s) address, not "${appUrl}"`);
  const channel = values.channel ?? "default";
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(channel)) throw new Error(`--channel is a channel id such as default or ch_2erjflrlln, not "${channel}"`);
  return {
    help: false,
    options: {
      port,
      appUrl,
      channel,
      webhookUrl: channel === "default" ? `${appUrl}/api/webhooks/8x8` : `${appUrl}/api/webhooks/8x8/${channel}`,
      webhookAuth: values.auth ?? (env.EIGHTX8_WEBHOOK_AUTH || undefined),
      apiKey: values["api-key"] ?? "fake-key",
      subAccountId: values["sub-account"] ?? "Fake_WhatsApp",
      autoDeliver: !values["no-deliver"],
    },
  };
}

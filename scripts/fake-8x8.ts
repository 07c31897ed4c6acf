/**
 * The fake 8x8 for trying Journey Studio without an 8x8 account: `npm run fake-8x8 -- --help`.
 * It lists six WhatsApp templates (one paused); pause or approve one with
 *   curl -XPOST localhost:4010/_fake/templates/change -H 'content-type: application/json' \
 *     -d '{"name":"spring_sale","language":"en_US","status":"PAUSED","reason":"Low quality"}'
 */
import { FAKE_8X8_USAGE, parseFakeCli } from "../lib/channels/8x8/fake/fake-cli-options";
import { startFake8x8 } from "../lib/channels/8x8/fake/fake-8x8-server";

let parsed: ReturnType<typeof parseFakeCli>;
try {
  parsed = parseFakeCli(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`${(error as Error).message}\n\n${FAKE_8X8_USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(FAKE_8X8_USAGE);
  process.exit(0);
}
const { options } = parsed;
const fake = await startFake8x8({ ...options, autoDeliver: options.autoDeliver });
console.log(`Fake 8x8 on ${fake.url}: accepts API key "${options.apiKey}" for sub-account ${options.subAccountId}.
The customer writes to channel "${options.channel}" at ${options.webhookUrl}${options.webhookAuth ? " with its Authorization value" : " WITHOUT an Authorization value (pass --auth)"}.
${
  options.channel === "default"
    ? `Start the app with:
  EIGHTX8_API_BASE_URL=${fake.url} EIGHTX8_API_KEY=${options.apiKey} EIGHTX8_SUBACCOUNT_ID=${options.subAccountId} \\
  EIGHTX8_ACCOUNT_ID=fake-account EIGHTX8_TEMPLATE_CHANNEL_ID=fake-channel npm start`
    : `The channel's settings: base URL ${fake.url} (region: custom), sub-account ${options.subAccountId}, API key ${options.apiKey}.`
}
Play the customer:
  curl -XPOST ${fake.url}/_fake/inbound -H 'content-type: application/json' -d '{"user":{"msisdn":"+15551234567","name":"Jane"},"text":"book"}'
See what the app sent:
  curl ${fake.url}/_fake/messages`);

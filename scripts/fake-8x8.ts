/**
 * The fake 8x8 for trying Journey Studio without an 8x8 account:
 *   npm run fake-8x8      (FAKE_8X8_PORT=4010, APP_URL=http://localhost:3000)
 * then start the app with the variables printed below. Send a customer message with
 *   curl -XPOST localhost:4010/_fake/inbound -H 'content-type: application/json' \
 *     -d '{"user":{"msisdn":"+15551234567","name":"Jane"},"text":"book"}'
 * and see what the app sent with `curl localhost:4010/_fake/messages`. It lists six WhatsApp
 * templates (one paused); pause or approve one with
 *   curl -XPOST localhost:4010/_fake/templates/change -H 'content-type: application/json' \
 *     -d '{"name":"spring_sale","language":"en_US","status":"PAUSED","reason":"Low quality"}'
 */
import { startFake8x8 } from "../lib/channels/8x8/fake/fake-8x8-server";

const port = Number(process.env.FAKE_8X8_PORT ?? 4010);
const appUrl = process.env.APP_URL ?? "http://localhost:3000";
const fake = await startFake8x8({
  port,
  apiKey: "fake-key",
  subAccountId: "Fake_WhatsApp",
  webhookUrl: `${appUrl}/api/webhooks/8x8`,
  webhookAuth: process.env.EIGHTX8_WEBHOOK_AUTH,
  autoDeliver: true,
});
console.log(`Fake 8x8 on ${fake.url}, posting to ${appUrl}/api/webhooks/8x8. Start the app with:
  EIGHTX8_API_BASE_URL=${fake.url} EIGHTX8_API_KEY=fake-key EIGHTX8_SUBACCOUNT_ID=Fake_WhatsApp \\
  EIGHTX8_ACCOUNT_ID=fake-account EIGHTX8_TEMPLATE_CHANNEL_ID=fake-channel npm start`);

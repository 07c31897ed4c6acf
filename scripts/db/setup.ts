import { createClient } from "../../lib/db/create-client";
import { databaseTarget } from "../../lib/db/database-target";
import { migrate } from "../../lib/db/migrate";
import { seedSamples } from "../../lib/journeys/seed-samples";
import { bootstrapOwner } from "../../lib/workspace/bootstrap-owner";
import { defaultWebhookAuth } from "../../lib/channels/default-webhook-auth";

const target = databaseTarget();
const where = target.provider === "sqlite" ? target.file : `PostgreSQL (schema ${target.schema})`;
const { applied } = await migrate(target);
console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}` : `Database up to date: ${where}`);
const db = await createClient(target);
const loaded = await seedSamples(db);
if (loaded) console.log(`Loaded ${loaded} sample journeys`);
const owner = await bootstrapOwner(db);
if (owner) console.log(`Created the owner account ${owner} (JOURNEY_STUDIO_OWNER_EMAIL)`);
else if (!(await db.user.count())) console.log("No owner yet: the first page the app shows creates one");
if ((await defaultWebhookAuth.ensure(db)) === "generated") {
  console.log("Generated the default channel's webhook authorization: an owner reads it once in Settings → Channels");
}
await db.$disconnect();

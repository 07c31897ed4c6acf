import { createClient } from "../../lib/db/create-client";
import { databaseTarget } from "../../lib/db/database-target";
import { migrate } from "../../lib/db/migrate";
import { seedSamples } from "../../lib/journeys/seed-samples";

const target = databaseTarget();
const where = target.provider === "sqlite" ? target.file : `PostgreSQL (schema ${target.schema})`;
const { applied } = await migrate(target);
console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}` : `Database up to date: ${where}`);
const db = await createClient(target);
const loaded = await seedSamples(db);
if (loaded) console.log(`Loaded ${loaded} sample journeys`);
await db.$disconnect();

import { databaseTarget } from "../../lib/db/database-target";
import { migrate } from "../../lib/db/migrate";

const target = databaseTarget();
const { applied } = await migrate(target);
const where = target.provider === "sqlite" ? target.file : `${target.url} (schema ${target.schema})`;
console.log(applied.length ? `Applied ${applied.join(", ")} to ${where}` : `Database up to date: ${where}`);

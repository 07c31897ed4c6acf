// npm run user:reset-password -- ann@example.com
// The new password comes from JOURNEY_STUDIO_NEW_PASSWORD, else from standard input, so
// it never shows in the process list or the shell's history.
import { createClient } from "../../lib/db/create-client";
import { databaseTarget } from "../../lib/db/database-target";
import { resetPassword } from "../../lib/workspace/reset-password";

const email = process.argv[2];
if (!email) {
  console.error("usage: npm run user:reset-password -- <email>   (new password on stdin or in JOURNEY_STUDIO_NEW_PASSWORD)");
  process.exit(2);
}
const password = process.env.JOURNEY_STUDIO_NEW_PASSWORD ?? (await readStdin()).replace(/\r?\n$/, "");
const db = await createClient(databaseTarget());
try {
  const { name, endedSessions } = await resetPassword(db, email, password);
  console.log(`New password set for ${name} <${email}>; ${endedSessions} session(s) ended.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("New password (then Enter): ");
  let text = "";
  for await (const chunk of process.stdin) {
    text += chunk;
    if (process.stdin.isTTY && text.includes("\n")) break;
  }
  return text;
}

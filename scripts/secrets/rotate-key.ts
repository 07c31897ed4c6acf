// npm run secrets:rotate-key: seals every stored secret again under a new workspace key.
// See lib/secrets/rotate-key.ts for how a crash halfway stays safe.
import { databaseTarget } from "../../lib/db/database-target";
import { openRawConnection } from "../../lib/db/open-raw-connection";
import { keyFile, KEY_ENV } from "../../lib/crypto/encryption-keys";
import { rotateKey } from "../../lib/secrets/rotate-key";

const sql = await openRawConnection(databaseTarget());
try {
  const { resealed, keyId, mode } = await rotateKey(sql);
  console.log(`Re-sealed ${resealed} secret${resealed === 1 ? "" : "s"} under key ${keyId}.`);
  if (mode === "file") console.log(`The new key is in ${keyFile()}: back it up, and throw away copies of the old one.`);
  else console.log(`Keep ${KEY_ENV} as it is and remove JOURNEY_STUDIO_PREVIOUS_ENCRYPTION_KEY at the next restart.`);
} finally {
  await sql.close();
}

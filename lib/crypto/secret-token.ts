import { createHash, randomBytes } from "node:crypto";

/** A random bearer value with a readable prefix (`jst_` tokens, `jss_` sessions, `jsi_` invites). */
export function newSecretToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/** Tokens are stored as their sha256: a leaked table holds nothing that signs in. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

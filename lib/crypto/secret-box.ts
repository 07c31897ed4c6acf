import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { EncryptionKey } from "./encryption-keys";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a fresh 96-bit IV per value; the secret's name is authenticated data,
 * so a sealed value copied onto another secret's row does not open.
 */
export function seal(plaintext: string, name: string, key: EncryptionKey): { ciphertext: string; keyId: string } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  cipher.setAAD(Buffer.from(name));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64"), keyId: key.id };
}

export function open(sealed: { ciphertext: string; keyId: string }, name: string, keys: EncryptionKey[]): string {
  const key = keys.find((k) => k.id === sealed.keyId);
  if (!key) throw new Error(`The secret “${name}” was sealed with key ${sealed.keyId}, which this app does not have (see JOURNEY_STUDIO_ENCRYPTION_KEY)`);
  const raw = Buffer.from(sealed.ciphertext, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key.key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(name));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

import { createHash, randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type EncryptionKey = { id: string; key: Buffer };

export const KEY_ENV = "JOURNEY_STUDIO_ENCRYPTION_KEY";
/** During a rotation under an environment key: the key the stored values were sealed with before. */
export const PREVIOUS_KEY_ENV = "JOURNEY_STUDIO_PREVIOUS_ENCRYPTION_KEY";

/** The data folder (beside the SQLite file by default); the generated key lives there. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.JOURNEY_STUDIO_DATA_DIR || path.join(process.cwd(), "data"));
}

export const keyFile = (env: NodeJS.ProcessEnv = process.env) => path.join(dataDir(env), "encryption.key");
/** A rotation writes the new key here first, so a crash halfway still knows both keys. */
export const nextKeyFile = (env: NodeJS.ProcessEnv = process.env) => `${keyFile(env)}.next`;

/**
 * The workspace key that seals new values, and every key that may open stored ones.
 * JOURNEY_STUDIO_ENCRYPTION_KEY (32 bytes as 64 hex digits or base64) wins; otherwise a
 * key generated on first use into the data folder, readable by the app's user only.
 */
export function encryptionKeys(env: NodeJS.ProcessEnv = process.env): { current: EncryptionKey; all: EncryptionKey[] } {
  const configured = env[KEY_ENV];
  if (configured) {
    const current = keyFrom(configured, KEY_ENV);
    const previous = env[PREVIOUS_KEY_ENV] ? [keyFrom(env[PREVIOUS_KEY_ENV], PREVIOUS_KEY_ENV)] : [];
    return { current, all: [current, ...previous] };
  }
  const current = fileKey(keyFile(env), { create: true })!;
  const next = fileKey(nextKeyFile(env), { create: false });
  return { current, all: next ? [current, next] : [current] };
}

export function keyFrom(text: string, name: string): EncryptionKey {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, as 64 hex digits or base64 (openssl rand -hex 32)`);
  return { id: keyId(key), key };
}

export function newKey(): EncryptionKey {
  const key = randomBytes(32);
  return { id: keyId(key), key };
}

/** Writes a key file only its owner can read; `exclusive` fails rather than replace one. */
export function writeKeyFile(file: string, key: EncryptionKey, options: { exclusive: boolean }) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${key.key.toString("hex")}\n`, { mode: 0o600, flag: options.exclusive ? "wx" : "w" });
  chmodSync(file, 0o600);
}

function fileKey(file: string, options: { create: boolean }): EncryptionKey | null {
  const existing = readKey(file);
  if (existing || !options.create) return existing;
  try {
    writeKeyFile(file, newKey(), { exclusive: true });
  } catch (error) {
    // Another process (the runtime's thread, a second instance) created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readKey(file);
}

function readKey(file: string): EncryptionKey | null {
  try {
    return keyFrom(readFileSync(file, "utf8"), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}

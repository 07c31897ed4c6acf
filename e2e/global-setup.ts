import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { E2E_PORT, OWNER_STATE } from "../playwright.config";
import { signIn } from "./workspace-auth.mjs";

/** Signs the owner in once; every page test starts from that browser state. */
export default async function globalSetup() {
  const base = `http://127.0.0.1:${E2E_PORT}`;
  const cookies = await signIn(base);
  const { hostname } = new URL(base);
  const state = {
    cookies: cookies.map((c) => ({ name: c.name, value: c.value, domain: hostname, path: "/", expires: -1, httpOnly: c.name.endsWith("_session"), secure: false, sameSite: "Lax" as const })),
    origins: [],
  };
  mkdirSync(path.dirname(OWNER_STATE), { recursive: true });
  writeFileSync(OWNER_STATE, JSON.stringify(state));
}

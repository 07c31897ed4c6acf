/**
 * The workspace the tests, benchmarks and screenshots run in, created the documented
 * non-interactive way: a bootstrap owner from JOURNEY_STUDIO_OWNER_* and APP_API_TOKEN for
 * API calls. Plain JS: scripts/e2e-server.mjs and screenshots.mjs run before any build.
 */
export const E2E_OWNER = { name: "Olivia Owner", email: "owner@journeys.test", password: "owner-password-0123" };
export const E2E_API_TOKEN = "e2e-api-token-0123456789abcdef";
/** What 8x8 sends as the Authorization of the default channel's webhooks, in the tests' workspace. */
export const E2E_WEBHOOK_AUTH = "Bearer e2e-webhook-auth-0123456789";

export const workspaceEnv = {
  JOURNEY_STUDIO_OWNER_NAME: E2E_OWNER.name,
  JOURNEY_STUDIO_OWNER_EMAIL: E2E_OWNER.email,
  JOURNEY_STUDIO_OWNER_PASSWORD: E2E_OWNER.password,
  APP_API_TOKEN: E2E_API_TOKEN,
  EIGHTX8_WEBHOOK_AUTH: E2E_WEBHOOK_AUTH,
};

export const authHeaders = { Authorization: `Bearer ${E2E_API_TOKEN}` };

/**
 * Signs in through the API and returns the session's cookies, ready for a browser
 * context's addCookies (Playwright's `{ name, value, url }` form).
 */
export async function signIn(base, credentials = E2E_OWNER) {
  const response = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${credentials.email} failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((header) => {
    const [pair] = header.split(";");
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: decodeURIComponent(pair.slice(at + 1)), url: base };
  });
}

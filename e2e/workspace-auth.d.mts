export const E2E_OWNER: { name: string; email: string; password: string };
export const E2E_API_TOKEN: string;
export const E2E_WEBHOOK_AUTH: string;
export const workspaceEnv: Record<string, string>;
export const authHeaders: { Authorization: string };
export function signIn(base: string, credentials?: { email: string; password: string }): Promise<Array<{ name: string; value: string; url: string }>>;

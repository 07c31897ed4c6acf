/** Workspace secrets for HTTP steps: SECRET_CLINIC_API_KEY=… is {{ secrets.clinic_api_key }}. */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter(([name, value]) => name.startsWith("SECRET_") && value)
      .map(([name, value]) => [name.slice("SECRET_".length).toLowerCase(), value as string]),
  );
}

import { describe, expect, it } from "vitest";
import { appEnv, configurationStatus } from "./env";

describe("app configuration", () => {
  it("defaults the 8x8 host and treats blank values as unset", () => {
    const env = appEnv({ EIGHTX8_API_KEY: "", NODE_ENV: "test" });
    expect(env.EIGHTX8_API_BASE_URL).toBe("https://chatapps.8x8.com");
    expect(env.EIGHTX8_API_KEY).toBeUndefined();
  });

  it("rejects a bad value with a readable reason", () => {
    expect(() => appEnv({ EIGHTX8_SUBACCOUNT_ID: "x", NODE_ENV: "test" })).toThrow(/EIGHTX8_SUBACCOUNT_ID is 3-50/);
  });

  it("never exposes a secret's value", () => {
    const status = configurationStatus(appEnv({ EIGHTX8_API_KEY: "super-secret", EIGHTX8_WEBHOOK_AUTH: "Bearer abc", NODE_ENV: "test" }));
    expect(JSON.stringify(status)).not.toMatch(/super-secret|Bearer abc/);
    expect(status.find((s) => s.name === "EIGHTX8_API_KEY")).toMatchObject({ set: true, value: null });
  });
});

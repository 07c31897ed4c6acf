import { describe, expect, it } from "vitest";
import { isCrossSiteWrite, ownOrigins } from "./cross-site";

const post = (headers: Record<string, string>, method = "POST") => new Request("http://127.0.0.1:3000/api/journeys", { method, headers });
const own = () => ["http://127.0.0.1:3000"];

describe("writes from another site's page", () => {
  it("are refused when the browser says so, whatever the content type", () => {
    expect(isCrossSiteWrite(post({ "sec-fetch-site": "cross-site", "content-type": "text/plain" }), own)).toBe(true);
    expect(isCrossSiteWrite(post({ "sec-fetch-site": "same-site" }), own)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: "https://evil.example" }), own)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: "null" }, "DELETE"), own)).toBe(true);
  });

  it("pass from the app's own pages, from clients that are not browsers, and for reads", () => {
    expect(isCrossSiteWrite(post({ "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000" }), own)).toBe(false);
    expect(isCrossSiteWrite(post({}), own)).toBe(false);
    expect(isCrossSiteWrite(post({ origin: "https://evil.example" }, "GET"), own)).toBe(false);
  });

  it("know the app's origins behind a proxy and from PUBLIC_URL", () => {
    const behindProxy = new Request("http://10.0.0.5:3000/api/x", { headers: { host: "10.0.0.5:3000", "x-forwarded-host": "journeys.example.com", "x-forwarded-proto": "https" } });
    expect(ownOrigins(behindProxy, "https://studio.example.com/")).toEqual(["http://10.0.0.5:3000", "https://journeys.example.com", "https://studio.example.com"]);
  });
});

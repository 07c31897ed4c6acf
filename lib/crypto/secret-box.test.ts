import { describe, expect, it } from "vitest";
import { newKey } from "./encryption-keys";
import { open, seal } from "./secret-box";

describe("secret box", () => {
  it("seals a value that only its key and its name open", () => {
    const key = newKey();
    const sealed = seal("sk_live_0123456789", "clinic_api_key", key);
    expect(sealed.ciphertext).not.toContain("sk_live");
    expect(Buffer.from(sealed.ciphertext, "base64").toString("latin1")).not.toContain("sk_live");
    expect(open(sealed, "clinic_api_key", [newKey(), key])).toBe("sk_live_0123456789");
    expect(() => open(sealed, "other_name", [key])).toThrow();
    expect(() => open(sealed, "clinic_api_key", [newKey()])).toThrow(/which this app does not have/);
    const tampered = Buffer.from(sealed.ciphertext, "base64");
    tampered[tampered.length - 1] ^= 1;
    expect(() => open({ ...sealed, ciphertext: tampered.toString("base64") }, "clinic_api_key", [key])).toThrow();
  });

  it("never seals the same value to the same bytes", () => {
    const key = newKey();
    expect(seal("same", "n", key).ciphertext).not.toBe(seal("same", "n", key).ciphertext);
  });
});

import { describe, expect, it } from "vitest";
import { messageKinds } from "./message/message-kinds";
import { messageStep } from "./message/definition";
import { stepDefinitions } from "./registry";

const CATEGORIES = ["triggers", "messages", "logic", "integrations", "annotations"];

/** Issues a fresh node may have: only the fields a person has to fill in. */
function onlyRequiredMissing(result: { success: boolean; error?: { issues: Array<{ message: string }> } }) {
  return result.success || result.error!.issues.every((i) => / is required$/.test(i.message));
}

describe("every step kind honours the contract", () => {
  it("has unique types", () => {
    const types = stepDefinitions.map((d) => d.type);
    expect(new Set(types).size).toBe(types.length);
  });

  for (const definition of stepDefinitions) {
    describe(definition.type, () => {
      it("describes itself for the palette", () => {
        expect(definition.label).toMatch(/\S/);
        expect(definition.description).toMatch(/\S/);
        expect(definition.icon).toMatch(/^[a-z-]+$/);
        expect(CATEGORIES).toContain(definition.category);
        if (definition.isTrigger) expect(definition.hasInput).toBe(false);
      });

      it("starts from a default config that is valid apart from what the user must fill", () => {
        const result = definition.configSchema.safeParse(definition.defaultConfig());
        expect(onlyRequiredMissing(result)).toBe(true);
      });

      it("derives unique output handles, a summary and template fields from its config", () => {
        const config = definition.configSchema.parse(filledIn(definition.defaultConfig()));
        const outputs = definition.outputs(config);
        expect(new Set(outputs.map((o) => o.id)).size).toBe(outputs.length);
        expect(typeof definition.summary(config)).toBe("string");
        for (const field of definition.templateFields?.(config) ?? []) expect(typeof field.value).toBe("string");
        expect(definition.validate?.(config).filter((i) => i.severity === "error") ?? []).toEqual([]);
      });

      it("rejects a config of the wrong shape with a path", () => {
        const result = definition.configSchema.safeParse("not an object");
        expect(result.success).toBe(false);
      });
    });
  }
});

describe("every message kind honours the contract", () => {
  for (const kind of messageKinds) {
    it(`${kind.kind}: defaults parse, summary and fields derive, waiting handles follow`, () => {
      const raw = { message: kind.defaults(), wait: { enabled: kind.canWait, timeoutSeconds: 60 } };
      expect(onlyRequiredMissing(messageStep.configSchema.safeParse(raw))).toBe(true);
      const config = messageStep.configSchema.parse({ ...raw, message: { ...raw.message, url: "https://x.test/a.png", flowId: "123" } });
      const handles = messageStep.outputs(config).map((o) => o.id);
      if (kind.canWait) expect(handles).toEqual(expect.arrayContaining(["other", "timeout", "failed"]));
      else expect(handles).toEqual(["next", "failed"]);
      expect(kind.label).toMatch(/\S/);
    });
  }
});

function filledIn(config: unknown) {
  const c = config as Record<string, unknown>;
  return "url" in c && !c.url ? { ...c, url: "https://api.example.com/slots" } : config;
}

describe("every step kind can run", async () => {
  const { stepExecutors } = await import("./registry.server");
  it("has an executor for each kind, and only for those", () => {
    expect(Object.keys(stepExecutors).sort()).toEqual(stepDefinitions.map((d) => d.type).sort());
  });
  it("triggers say which messages start them; steps that wait can resume", () => {
    for (const d of stepDefinitions) {
      if (d.isTrigger && d.type === "trigger.inbound") expect(stepExecutors[d.type].matches).toBeTypeOf("function");
      const config = d.configSchema.safeParse(d.defaultConfig());
      if (config.success && d.pauses?.(config.data)) expect(stepExecutors[d.type].onTimer, d.type).toBeTypeOf("function");
    }
  });
});

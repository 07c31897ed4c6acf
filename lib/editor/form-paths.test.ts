import { describe, expect, it } from "vitest";
import { resolveNode } from "../journey/resolve-nodes";
import { stepDefinitions } from "../steps/registry";
import { messageStep } from "../steps/message/definition";
import { setPath } from "./config-path";
import { fieldForPath, formPaths, nodeForm } from "./form-paths";

/** Configs broken in ways a user can type, per kind: each must show at a field. */
const BROKEN: Array<[string, Record<string, unknown>]> = [
  ["message", setPath(messageStep.palette!().find((e) => e.key === "message.buttons")!.config as Record<string, unknown>, "message.buttons.0.title", "A title far longer than twenty")],
  ["message", setPath(messageStep.palette!().find((e) => e.key === "message.list")!.config as Record<string, unknown>, "message.sections.0.rows.0.id", "has space")],
  ["message", setPath(messageStep.palette!().find((e) => e.key === "message.text")!.config as Record<string, unknown>, "message.text", "")],
  // A schema error with a key missing: the form is still drawn from the defaults.
  ["message", { message: { kind: "buttons", body: "Pick", buttons: [1, 2, 3, 4].map((n) => ({ id: `b${n}`, title: `B${n}` })) } }],
  ["httpRequest", { method: "GET", url: "not a url", headers: [{ name: "bad header", value: "" }], timeoutMs: 10, retries: 9 }],
  ["branch", { conditions: [{ id: "else", all: [{ left: "{{ reply.text }}", op: "equals" }] }] }],
  ["delay", { seconds: 0 }],
  ["setVariables", { assignments: [{ name: "1bad", value: "x" }] }],
  ["waitForReply", { timeoutSeconds: -1, saveAs: "no spaces" }],
  ["trigger.inbound", { match: "contains", keywords: [] }],
];

describe("inspector forms", () => {
  it.each(stepDefinitions.map((d) => [d.type, d] as const))("%s: the default config has a form whose fields exist", (_, definition) => {
    const config = definition.defaultConfig() as Record<string, unknown>;
    const fields = nodeForm(definition.type, config)!;
    expect(fields.length).toBeGreaterThan(0);
  });

  it("every message kind offered by the palette has a form", () => {
    for (const entry of messageStep.palette!()) {
      const paths = formPaths(nodeForm("message", entry.config as Record<string, unknown>)!, entry.config);
      expect(paths, entry.key).toContain("message.kind");
    }
  });

  it.each(BROKEN)("%s: every problem lands on a field", (kind, config) => {
    const { issues } = resolveNode({ id: "n", type: kind, position: { x: 0, y: 0 }, data: config });
    expect(issues.length).toBeGreaterThan(0);
    const paths = formPaths(nodeForm(kind, config)!, config);
    for (const issue of issues) expect(fieldForPath(paths, issue.path), `${issue.path}: ${issue.message}`).not.toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { JourneyDocumentInput } from "./document-schema";
import { parseJourneyDocument } from "./parse-document";
import { validateJourney } from "./validate-journey";

type N = { id: string; type: string; data?: Record<string, unknown> };
type E = [source: string, handle: string, target: string];

const text = (t = "Hello") => ({ message: { kind: "text", text: t } });
const buttons = (titles: string[], extra: Record<string, unknown> = {}) => ({
  message: { kind: "buttons", body: "Pick one", buttons: titles.map((title, i) => ({ id: `b${i}`, title })), ...extra },
  wait: { enabled: true, timeoutSeconds: 60 },
});

function issuesOf(nodes: N[], edges: E[] = [], extra: Partial<JourneyDocumentInput> = {}) {
  const parsed = parseJourneyDocument({
    schema: "journey/v1",
    name: "Test",
    nodes: nodes.map((n, i) => ({ position: { x: i * 200, y: 0 }, data: {}, ...n })),
    edges: edges.map(([source, sourceHandle, target], i) => ({ id: `e${i}`, source, sourceHandle, target })),
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return validateJourney(parsed.document);
}

const codes = (issues: ReturnType<typeof issuesOf>, severity?: "error" | "warning") =>
  issues.filter((i) => !severity || i.severity === severity).map((i) => i.code);

/** A trigger followed by one node, fully connected: any issue comes from `node`. */
function single(data: Record<string, unknown>, type = "message") {
  return issuesOf([{ id: "t", type: "trigger.inbound" }, { id: "n", type, data }], [["t", "next", "n"]]).filter(
    (i) => i.code !== "unconnected_handle",
  );
}

describe("document envelope", () => {
  it("requires schema journey/v1 and names the path", () => {
    const missing = parseJourneyDocument({ name: "x", nodes: [], edges: [] });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues[0]).toMatchObject({ path: "schema", message: expect.stringContaining("journey/v1") });
    const future = parseJourneyDocument({ schema: "journey/v2", name: "x", nodes: [], edges: [] });
    if (!future.ok) expect(future.issues[0].message).toContain('Unsupported schema "journey/v2"');
    expect(parseJourneyDocument({ schema: "journey/v1", name: "x", nodes: [], edges: [] }).ok).toBe(true);
  });

  it("rejects unknown node types and malformed ids with their paths", () => {
    const result = parseJourneyDocument({
      schema: "journey/v1",
      name: "x",
      nodes: [{ id: "bad id!", type: "teleport", position: { x: 0, y: 0 }, data: {} }],
      edges: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path).sort()).toEqual(["nodes.0.id", "nodes.0.type"]);
  });

  it("fills settings defaults", () => {
    const result = parseJourneyDocument({ schema: "journey/v1", name: "x", nodes: [], edges: [] });
    expect(result.ok && result.document.settings).toEqual({ reentry: "ignore", inactivityTimeoutHours: 72, windowFallbackTemplate: null });
  });
});

describe("WhatsApp limits", () => {
  const cases: Array<[string, Record<string, unknown>, Record<string, unknown>, string]> = [
    ["text ≤ 4096", text("x".repeat(4097)), text("x".repeat(4096)), "message.text"],
    ["caption ≤ 1024", { message: { kind: "image", url: "https://x/a.png", caption: "x".repeat(1025) } }, { message: { kind: "image", url: "https://x/a.png", caption: "ok" } }, "message.caption"],
    ["button title ≤ 20", buttons(["x".repeat(21)]), buttons(["x".repeat(20)]), "message.buttons.0.title"],
    ["1-3 buttons", buttons(["a", "b", "c", "d"]), buttons(["a", "b", "c"]), "message.buttons"],
    ["interactive header ≤ 60", buttons(["a"], { header: "h".repeat(61) }), buttons(["a"], { header: "h".repeat(60) }), "message.header"],
    ["interactive body ≤ 1024", buttons(["a"], { body: "b".repeat(1025) }), buttons(["a"], { body: "b".repeat(1024) }), "message.body"],
    ["interactive footer ≤ 60", buttons(["a"], { footer: "f".repeat(61) }), buttons(["a"], { footer: "f".repeat(60) }), "message.footer"],
    ["list button ≤ 20", list({ button: "x".repeat(21) }), list({}), "message.button"],
    ["row title ≤ 24", list({ sections: [{ rows: [{ id: "r", title: "x".repeat(25) }] }] }), list({}), "message.sections.0.rows.0.title"],
    ["row description ≤ 72", list({ sections: [{ rows: [{ id: "r", title: "t", description: "d".repeat(73) }] }] }), list({}), "message.sections.0.rows.0.description"],
    ["row id ≤ 200", list({ sections: [{ rows: [{ id: "r".repeat(201), title: "t" }] }] }), list({}), "message.sections.0.rows.0.id"],
    ["section title ≤ 24", list({ sections: [{ title: "s".repeat(25), rows: [{ id: "r", title: "t" }] }] }), list({}), "message.sections.0.title"],
    ["≤ 10 sections", list({ sections: Array.from({ length: 11 }, (_, i) => ({ title: `s${i}`, rows: [{ id: `r${i}`, title: "t" }] })) }), list({}), "message.sections"],
    ["CTA display text ≤ 20", { message: { kind: "ctaUrl", body: "b", displayText: "x".repeat(21), url: "https://x" } }, { message: { kind: "ctaUrl", body: "b", displayText: "Open", url: "https://x" } }, "message.displayText"],
    ["Flow CTA ≤ 20", flow({ cta: "x".repeat(21) }), flow({}), "message.cta"],
    ["≤ 10 carousel cards", carousel(11), carousel(10), "message.cards"],
    ["template name format", { message: { kind: "template", name: "Bad Name", language: "en_US" } }, { message: { kind: "template", name: "order_shipped", language: "en_US" } }, "message.name"],
    ["reply timeout ≤ 30 days", { timeoutSeconds: 31 * 86400 }, { timeoutSeconds: 30 * 86400 }, "timeoutSeconds"],
  ];
  for (const [name, bad, good, path] of cases) {
    it(name, () => {
      const type = "timeoutSeconds" in bad ? "waitForReply" : "message";
      const issues = single(bad, type).filter((i) => i.severity === "error");
      expect(issues.map((i) => i.path)).toContain(path);
      expect(issues.find((i) => i.path === path)).toMatchObject({ nodeId: "n", severity: "error" });
      expect(codes(single(good, type), "error")).toEqual([]);
    });
  }

  it("says how long a field is and what WhatsApp allows", () => {
    const issue = single(buttons(["x".repeat(24)])).find((i) => i.path === "message.buttons.0.title");
    expect(issue?.message).toBe("Button title is 24 characters; WhatsApp allows 20");
  });

  it("button titles are unique", () => {
    expect(codes(single(buttons(["Yes", "yes"])))).toContain("duplicate_title");
    expect(codes(single(buttons(["Yes", "No"])))).not.toContain("duplicate_title");
  });

  it("at most 10 list rows in all sections", () => {
    const rows = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => ({ id: `r${i + offset}`, title: `Row ${i}` }));
    expect(codes(single(list({ sections: [{ title: "A", rows: rows(6) }, { title: "B", rows: rows(5, 6) }] })))).toContain("too_many_rows");
    expect(codes(single(list({ sections: [{ title: "A", rows: rows(5) }, { title: "B", rows: rows(5, 5) }] })), "error")).toEqual([]);
  });

  it("section titles are required when there is more than one section", () => {
    const two = (title?: string) => list({ sections: [{ title, rows: [{ id: "a", title: "A" }] }, { title: "B", rows: [{ id: "b", title: "B" }] }] });
    expect(single(two()).map((i) => i.path)).toContain("message.sections.0.title");
    expect(codes(single(two("A")), "error")).toEqual([]);
  });

  it("a dynamic list takes rows from data, not sections", () => {
    const dynamic = { from: "vars.slots.body.slots", id: "{{ item.id }}", title: "{{ item.label }}" };
    const ok = single(list({ sections: undefined, dynamic }));
    expect(codes(ok, "error")).toEqual([]);
    expect(codes(single(list({ dynamic })))).toContain("list_source");
    expect(codes(single(list({ sections: undefined, dynamic: { ...dynamic, from: "slots" } })), "error").length).toBe(1);
  });

  it("only buttons, lists and Flows can wait for a reply", () => {
    expect(codes(single({ ...text(), wait: { enabled: true, timeoutSeconds: 60 } }))).toContain("cannot_wait");
    expect(codes(single({ ...text(), wait: { enabled: false, timeoutSeconds: 60 } }), "error")).toEqual([]);
  });

  it("carousel cards share one button layout", () => {
    const cards = [
      { headerMedia: { type: "image", url: "https://x/1.jpg" }, buttons: [{ subType: "url", value: "a" }] },
      { headerMedia: { type: "image", url: "https://x/2.jpg" }, buttons: [] },
    ];
    const message = { kind: "carousel", name: "promo", language: "en_US", cards };
    expect(codes(single({ message }))).toContain("card_buttons_differ");
    expect(codes(single({ message: { ...message, cards: [cards[0], cards[0]] } }), "error")).toEqual([]);
  });
});

describe("step rules", () => {
  it("a keyword trigger needs keywords and valid regexes", () => {
    const t = (data: Record<string, unknown>) => codes(issuesOf([{ id: "t", type: "trigger.inbound", data }]), "error");
    expect(t({ match: "contains", keywords: [] })).toContain("required");
    expect(t({ match: "regex", keywords: ["(unclosed"] })).toContain("invalid_regex");
    expect(t({ match: "regex", keywords: ["^book"] })).toEqual([]);
  });

  it("branch comparisons need a right-hand side unless unary", () => {
    const branch = (op: string, right?: string) => ({ conditions: [{ id: "c1", all: [{ left: "{{ reply.text }}", op, right }] }] });
    expect(codes(single(branch("equals"), "branch"))).toContain("required");
    expect(codes(single(branch("isEmpty"), "branch"), "error")).toEqual([]);
    expect(codes(single(branch("matches", "(x"), "branch"))).toContain("invalid_regex");
    expect(codes(single(branch("bogus", "1"), "branch"))).toContain("invalid_value");
  });

  it("an HTTP request needs an absolute URL and bounded timeout and retries", () => {
    const http = (extra: Record<string, unknown>) => ({ method: "GET", url: "https://api.example.com", ...extra });
    expect(codes(single(http({ url: "api.example.com" }), "httpRequest"))).toContain("invalid_url");
    expect(codes(single(http({ timeoutMs: 30001 }), "httpRequest"))).toContain("too_big");
    expect(codes(single(http({ retries: 4 }), "httpRequest"))).toContain("too_big");
    expect(codes(single(http({ url: "{{ vars.base }}/slots" }), "httpRequest"), "error")).toEqual([]);
  });

  it("a delay has seconds or an until date", () => {
    expect(codes(single({}, "delay"))).toContain("delay_source");
    expect(codes(single({ until: "next tuesday" }, "delay"))).toContain("invalid_date");
    expect(codes(single({ until: "2026-12-01T09:00:00Z" }, "delay"), "error")).toEqual([]);
    expect(codes(single({ seconds: 60 }, "delay"), "error")).toEqual([]);
  });

  it("variable names are identifiers", () => {
    expect(codes(single({ assignments: [{ name: "my var", value: "1" }] }, "setVariables"))).toContain("invalid_format");
    expect(codes(single({ assignments: [{ name: "my_var", value: "1" }] }, "setVariables"), "error")).toEqual([]);
  });

  it("templates must be valid Liquid", () => {
    const issue = single(text("Hi {{ contact.name ")).find((i) => i.code === "template_syntax");
    expect(issue).toMatchObject({ nodeId: "n", path: "message.text", severity: "error" });
    expect(codes(single(text("Hi {{ contact.name | default: 'there' }}")), "error")).toEqual([]);
    expect(single(text("Hi {{ contact.name | defualt: 'there' }}")).find((i) => i.code === "template_syntax")?.message).toContain("defualt");
  });
});

describe("more message rules", () => {
  it("a carousel card has at most 2 buttons", () => {
    const card = (n: number) => ({ headerMedia: { type: "image", url: "https://x/1.jpg" }, buttons: Array.from({ length: n }, () => ({ subType: "url", value: "a" })) });
    const message = (n: number) => ({ message: { kind: "carousel", name: "promo", language: "en_US", cards: [card(n)] } });
    expect(single(message(3)).map((i) => i.path)).toContain("message.cards.0.buttons");
    expect(codes(single(message(2)), "error")).toEqual([]);
  });

  it("a location is on the map", () => {
    expect(single({ message: { kind: "location", latitude: 91, longitude: 0 } }).map((i) => i.path)).toEqual(["message.latitude"]);
    expect(codes(single({ message: { kind: "location", latitude: 1.28, longitude: 103.85, name: "Office" } }), "error")).toEqual([]);
  });

  it("a template button component names its index and sub-type", () => {
    const message = (component: Record<string, unknown>) => ({ message: { kind: "template", name: "order_shipped", language: "en_US", components: [component] } });
    expect(codes(single(message({ type: "button", parameters: [{ type: "payload", payload: "track" }] })))).toContain("button_component");
    expect(codes(single(message({ type: "button", subType: "quickreply", index: 0, parameters: [{ type: "payload", payload: "track" }] })), "error")).toEqual([]);
  });

  it("a Flow's screen must exist in its Flow JSON", () => {
    const flowJson = { version: "7.3", screens: [{ id: "WELCOME" }] };
    expect(codes(single(flow({ screen: "MISSING", flowJson })))).toContain("unknown_screen");
    expect(codes(single(flow({ screen: "WELCOME", flowJson })), "error")).toEqual([]);
  });

  it("the window fallback template must be valid Liquid", () => {
    const fallback = (text: string) => ({ kind: "template", name: "reopen", language: "en", components: [{ type: "body", parameters: [{ type: "text", text }] }] });
    const bad = issuesOf([{ id: "t", type: "trigger.api" }], [], { settings: { windowFallbackTemplate: fallback("Hi {{ contact.name") } as never });
    expect(bad).toEqual([expect.objectContaining({ code: "template_syntax", path: "settings.windowFallbackTemplate.components.0.parameters.0.text" })]);
    const good = issuesOf([{ id: "t", type: "trigger.api" }], [], { settings: { windowFallbackTemplate: fallback("Hi {{ contact.name }}") } as never });
    expect(good).toEqual([]);
  });
});

describe("graph rules", () => {
  it("needs a trigger", () => {
    expect(codes(issuesOf([{ id: "m", type: "message", data: text() }]))).toContain("no_trigger");
    expect(codes(issuesOf([{ id: "t", type: "trigger.api" }]))).not.toContain("no_trigger");
  });

  it("node and edge ids are unique", () => {
    const dup = issuesOf([{ id: "t", type: "trigger.inbound" }, { id: "t", type: "end" }]);
    expect(codes(dup)).toContain("duplicate_id");
    const edges = issuesOf([{ id: "t", type: "trigger.inbound" }, { id: "a", type: "end" }], [["t", "next", "a"]], {
      edges: [
        { id: "e", source: "t", sourceHandle: "next", target: "a" },
        { id: "e", source: "t", sourceHandle: "next", target: "a" },
      ],
    });
    expect(edges.filter((i) => i.code === "duplicate_id")).toHaveLength(1);
  });

  it("edges must join known nodes and handles", () => {
    const nodes: N[] = [{ id: "t", type: "trigger.inbound" }, { id: "a", type: "end" }];
    expect(codes(issuesOf(nodes, [["t", "next", "ghost"]]))).toContain("unknown_node");
    expect(codes(issuesOf(nodes, [["ghost", "next", "a"]]))).toContain("unknown_node");
    expect(codes(issuesOf(nodes, [["t", "nope", "a"]]))).toContain("unknown_handle");
    expect(codes(issuesOf(nodes, [["t", "next", "a"]]), "error")).toEqual([]);
  });

  it("a trigger has no input", () => {
    const nodes: N[] = [{ id: "t", type: "trigger.inbound" }, { id: "u", type: "trigger.api" }];
    expect(codes(issuesOf(nodes, [["t", "next", "u"]]))).toContain("no_input");
  });

  it("one output handle takes one edge", () => {
    const nodes: N[] = [{ id: "t", type: "trigger.inbound" }, { id: "a", type: "end" }, { id: "b", type: "end" }];
    expect(codes(issuesOf(nodes, [["t", "next", "a"], ["t", "next", "b"]]))).toContain("handle_taken");
  });

  it("a cycle needs a step that waits", () => {
    const vars = { assignments: [{ name: "x", value: "1" }] };
    const loop: N[] = [{ id: "t", type: "trigger.inbound" }, { id: "a", type: "setVariables", data: vars }, { id: "b", type: "setVariables", data: vars }];
    const busy = issuesOf(loop, [["t", "next", "a"], ["a", "next", "b"], ["b", "next", "a"]]);
    expect(busy.filter((i) => i.code === "cycle_without_wait").map((i) => i.nodeId).sort()).toEqual(["a", "b"]);
    const self = issuesOf(loop.slice(0, 2), [["t", "next", "a"], ["a", "next", "a"]]);
    expect(codes(self)).toContain("cycle_without_wait");
    const waiting = issuesOf([...loop, { id: "w", type: "waitForReply" }], [["t", "next", "a"], ["a", "next", "w"], ["w", "reply", "b"], ["b", "next", "a"], ["w", "timeout", "a"]]);
    expect(codes(waiting, "error")).toEqual([]);
  });

  it("warns about steps no trigger reaches", () => {
    const issues = issuesOf([{ id: "t", type: "trigger.inbound" }, { id: "lost", type: "end" }, { id: "note", type: "note", data: { text: "hi" } }]);
    expect(issues.filter((i) => i.code === "unreachable")).toEqual([expect.objectContaining({ nodeId: "lost", severity: "warning" })]);
  });

  it("warns about unconnected timeout and failed handles", () => {
    const nodes: N[] = [{ id: "t", type: "trigger.inbound" }, { id: "q", type: "message", data: buttons(["Yes", "No"]) }, { id: "end", type: "end" }];
    const open = issuesOf(nodes, [["t", "next", "q"], ["q", "option:b0", "end"]]);
    expect(open.filter((i) => i.code === "unconnected_handle").map((i) => i.path).sort()).toEqual(["outputs.failed", "outputs.timeout"]);
    expect(open.every((i) => i.code !== "unconnected_handle" || i.severity === "warning")).toBe(true);
    const closed = issuesOf([...nodes, { id: "end2", type: "end" }], [["t", "next", "q"], ["q", "timeout", "end"], ["q", "failed", "end2"]]);
    expect(codes(closed)).not.toContain("unconnected_handle");
  });

  it("warns about a free-form message only reachable after a delay over 24 hours", () => {
    const nodes: N[] = [
      { id: "t", type: "trigger.inbound" },
      { id: "d", type: "delay", data: { seconds: 2 * 86400 } },
      { id: "m", type: "message", data: text() },
      { id: "tpl", type: "message", data: { message: { kind: "template", name: "reminder", language: "en" } } },
      { id: "w", type: "waitForReply" },
      { id: "m2", type: "message", data: text() },
    ];
    const late = issuesOf(nodes, [["t", "next", "d"], ["d", "next", "m"], ["m", "next", "tpl"]]);
    expect(late.filter((i) => i.code === "window_closed").map((i) => i.nodeId)).toEqual(["m"]);
    const replied = issuesOf(nodes, [["t", "next", "d"], ["d", "next", "tpl"], ["tpl", "next", "w"], ["w", "reply", "m2"]]);
    expect(codes(replied)).not.toContain("window_closed");
    const short = issuesOf([nodes[0], { id: "d", type: "delay", data: { seconds: 3600 } }, nodes[2]], [["t", "next", "d"], ["d", "next", "m"]]);
    expect(codes(short)).not.toContain("window_closed");
  });
});

function list(extra: Record<string, unknown>) {
  return {
    message: { kind: "list", body: "Choose", button: "Options", sections: [{ rows: [{ id: "r1", title: "Row" }] }], ...extra },
    wait: { enabled: true, timeoutSeconds: 60 },
  };
}

function flow(extra: Record<string, unknown>) {
  return { message: { kind: "flow", body: "Fill in", flowId: "123", cta: "Open", ...extra }, wait: { enabled: true, timeoutSeconds: 60 } };
}

function carousel(cards: number) {
  return {
    message: {
      kind: "carousel",
      name: "promo",
      language: "en_US",
      cards: Array.from({ length: cards }, (_, i) => ({ headerMedia: { type: "image", url: `https://x/${i}.jpg` } })),
    },
  };
}

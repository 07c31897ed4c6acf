/**
 * A WhatsApp Flow's JSON as the preview renders it: screens, their components, `${form.x}`
 * and `${data.x}` references, and the checks WhatsApp runs before a Footer action.
 * Only what the simulator needs; anything else renders as "not in the preview".
 */
export type FlowComponent = { type: string; name?: string; [key: string]: unknown };
export type FlowScreen = { id: string; title?: string; terminal?: boolean; data?: Record<string, unknown>; children: FlowComponent[] };
export type FlowAction = { name: string; next?: { type?: string; name?: string }; payload?: Record<string, unknown> };
export type FlowValues = Record<string, unknown>;
export type FlowOption = { id: string; title: string; description?: string };

export function flowScreens(flowJson: unknown): FlowScreen[] {
  const screens = (flowJson as { screens?: unknown })?.screens;
  if (!Array.isArray(screens)) return [];
  return screens.flatMap((raw) => {
    const screen = raw as { id?: unknown; title?: unknown; terminal?: unknown; data?: unknown; layout?: { children?: unknown } };
    if (typeof screen.id !== "string") return [];
    return [{
      id: screen.id,
      title: typeof screen.title === "string" ? screen.title : undefined,
      terminal: screen.terminal === true,
      data: exampleData(screen.data),
      children: flatten(screen.layout?.children),
    }];
  });
}

/** Resolves every `${form.x}` / `${data.x}` in a value; a lone reference keeps its type. */
export function resolveRefs(value: unknown, scope: { form: FlowValues; data: FlowValues }): unknown {
  if (typeof value === "string") {
    const lone = value.match(/^\$\{(form|data)\.([\w.]+)\}$/);
    if (lone) return lookup(scope[lone[1] as "form" | "data"], lone[2]);
    return value.replace(/\$\{(form|data)\.([\w.]+)\}/g, (_, root: "form" | "data", path: string) => stringify(lookup(scope[root], path)));
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, scope));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, scope)]));
  return value;
}

/** The options of a Dropdown, RadioButtonsGroup or CheckboxGroup, static or from data. */
export function optionsOf(component: FlowComponent, data: FlowValues): FlowOption[] {
  const source = resolveRefs(component["data-source"], { form: {}, data });
  if (!Array.isArray(source)) return [];
  return source.flatMap((o) => (o && typeof o === "object" && "id" in o ? [{ id: String(o.id), title: String((o as FlowOption).title ?? o.id), description: (o as FlowOption).description }] : []));
}

export const INPUT_TYPES = new Set(["TextInput", "TextArea", "Dropdown", "RadioButtonsGroup", "CheckboxGroup", "DatePicker", "OptIn"]);

/** What WhatsApp would refuse before running the Footer's action: messages by field name. */
export function validateScreen(components: FlowComponent[], form: FlowValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const c of components) {
    if (!c.name || !INPUT_TYPES.has(c.type)) continue;
    const error = check(c, form[c.name]);
    if (error) errors[c.name] = error;
  }
  return errors;
}

function check(c: FlowComponent, value: unknown): string | null {
  const empty = value === undefined || value === "" || value === false || (Array.isArray(value) && value.length === 0);
  if (empty) return c.required === true ? (c.type === "OptIn" ? "Tick this box to continue" : "This field is required") : null;
  if (c.type === "CheckboxGroup" && Array.isArray(value)) {
    const min = num(c["min-selected-items"]);
    const max = num(c["max-selected-items"]);
    if (min !== undefined && value.length < min) return `Select at least ${min}`;
    if (max !== undefined && value.length > max) return `Select at most ${max}`;
    return null;
  }
  if (typeof value !== "string") return null;
  if (c.type === "TextInput") {
    const kind = String(c["input-type"] ?? "text");
    if (kind === "email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return "Enter a valid email address";
    if (kind === "number" && !/^-?\d+(\.\d+)?$/.test(value.trim())) return "Enter a number";
    if (kind === "phone" && !/^\+?[\d\s()-]{6,20}$/.test(value)) return "Enter a valid phone number";
    if (kind === "passcode" && !/^\d+$/.test(value)) return "Enter digits only";
  }
  const min = num(c["min-chars"]);
  const max = num(c["max-chars"]) ?? num(c["max-length"]);
  if (min !== undefined && value.length < min) return `Enter at least ${min} characters`;
  if (max !== undefined && value.length > max) return `Enter at most ${max} characters`;
  return null;
}

/** Screen data as declared: `{ name: { type, __example__ } }` gives its example. */
function exampleData(declared: unknown): Record<string, unknown> {
  if (!declared || typeof declared !== "object") return {};
  return Object.fromEntries(Object.entries(declared).map(([key, spec]) => [key, (spec as { __example__?: unknown })?.__example__]));
}

// Flow JSON before version 4 wraps inputs in a Form; the preview draws them the same.
function flatten(children: unknown): FlowComponent[] {
  if (!Array.isArray(children)) return [];
  return children.flatMap((c) => {
    if (!c || typeof c !== "object" || typeof (c as FlowComponent).type !== "string") return [];
    return (c as FlowComponent).type === "Form" ? flatten((c as { children?: unknown }).children) : [c as FlowComponent];
  });
}

function lookup(root: FlowValues, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as FlowValues)[key] : undefined), root);
}

function stringify(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function num(value: unknown): number | undefined {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

import { flowScreens, INPUT_TYPES, optionsOf, type FlowValues } from "./flow-form";

const MAX_ANSWERS = 12;

/**
 * Submissions of a WhatsApp Flow a test can send: every field filled with a plausible
 * value (a text, an email, a date, the first choice), then once per other choice of each
 * choice field, so a branch on any of them can be reached.
 */
export function flowAnswers(flowJson: unknown): FlowValues[] {
  const fields = flowScreens(flowJson).flatMap((s) => s.children.filter((c) => c.name && INPUT_TYPES.has(c.type)).map((c) => ({ component: c, data: s.data ?? {} })));
  const base: FlowValues = {};
  const choices: Array<{ name: string; ids: string[] }> = [];
  for (const { component, data } of fields) {
    const name = component.name!;
    const options = optionsOf(component, data).map((o) => o.id);
    if (options.length) {
      base[name] = component.type === "CheckboxGroup" ? [options[0]] : options[0];
      choices.push({ name, ids: options.slice(1) });
    } else if (component.type === "OptIn") base[name] = true;
    else if (component.type === "DatePicker") base[name] = "2026-01-06";
    else base[name] = component["input-type"] === "email" ? "test@example.com" : component["input-type"] === "number" ? "1" : `Sample ${name.replace(/_/g, " ")}`;
  }
  const variants = choices.flatMap(({ name, ids }) => ids.map((id) => ({ ...base, [name]: Array.isArray(base[name]) ? [id] : id })));
  return [base, ...variants].slice(0, MAX_ANSWERS);
}

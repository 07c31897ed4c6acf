import { describe, expect, it } from "vitest";
import flowJson from "./fixtures/appointment-flow.json";
import { flowScreens, optionsOf, resolveRefs, validateScreen } from "./flow-form";

describe("flow form", () => {
  const [details, confirm] = flowScreens(flowJson);

  it("reads screens with their example data, unwrapping Form containers", () => {
    expect(details).toMatchObject({ id: "DETAILS", title: "Your details", terminal: false, data: { clinic: "Smile Dental" } });
    expect(confirm.children.map((c) => c.type)).toEqual(["OptIn", "Footer"]);
    expect(flowScreens({ nope: true })).toEqual([]);
  });

  it("checks required fields, email, min chars and selection limits", () => {
    expect(validateScreen(details.children, {})).toEqual({ name: "This field is required", email: "This field is required" });
    expect(validateScreen(details.children, { name: "J", email: "jane@", topics: ["a", "b", "c"] })).toEqual({
      name: "Enter at least 2 characters",
      email: "Enter a valid email address",
      topics: "Select at most 2",
    });
    expect(validateScreen(details.children, { name: "Jane", email: "jane@example.com", topics: ["a"] })).toEqual({});
    expect(validateScreen(confirm.children, { terms: false })).toEqual({ terms: "Tick this box to continue" });
  });

  it("resolves references: a lone one keeps its type, embedded ones become text", () => {
    const scope = { form: { name: "Jane", topics: ["a", "b"] }, data: { clinic: "Smile" } };
    expect(resolveRefs({ name: "${form.name}", topics: "${form.topics}", title: "Hi ${form.name} at ${data.clinic}" }, scope)).toEqual({
      name: "Jane",
      topics: ["a", "b"],
      title: "Hi Jane at Smile",
    });
  });

  it("takes options from the component or from screen data", () => {
    expect(optionsOf(details.children[3], {}).map((o) => o.id)).toEqual(["a", "b", "c"]);
    expect(optionsOf({ type: "Dropdown", "data-source": "${data.slots}" }, { slots: [{ id: "s1", title: "Mon" }] })).toEqual([{ id: "s1", title: "Mon", description: undefined }]);
  });
});

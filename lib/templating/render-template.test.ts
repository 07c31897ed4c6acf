import { describe, expect, it } from "vitest";
import { renderTemplate, TemplateError } from "./render-template";

describe("rendering templates", () => {
  const scope = { contact: { name: "Jane" }, vars: { n: 3, items: ["a", "b"] } };

  it("renders variables and filters; missing values are empty", () => {
    expect(renderTemplate("Hi {{ contact.name | upcase }}, {{ vars.items | join: ', ' }}{{ vars.missing }}", scope, "text")).toBe("Hi JANE, a, b");
    expect(renderTemplate("{% if vars.n > 2 %}many{% else %}few{% endif %}", scope, "text")).toBe("many");
  });

  it("never reads files from the server", () => {
    for (const source of ["{% include '.env' %}", "{% render 'package.json' %}", "{% layout 'x' %}"]) {
      expect(() => renderTemplate(source, scope, "text")).toThrow(TemplateError);
    }
  });

  it("names the field of a template that fails", () => {
    expect(() => renderTemplate("{{ contact.name | nope }}", scope, "message.body")).toThrow(/^message\.body: /);
  });
});

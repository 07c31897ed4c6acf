import { hasTemplateSyntax, parseTemplate } from "./liquid-engine";

/** The Liquid syntax error of a template field, or null when it parses. */
export function templateSyntaxError(source: string): string | null {
  if (!hasTemplateSyntax(source)) return null;
  const result = parseTemplate(source);
  return result instanceof Error ? result.message : null;
}

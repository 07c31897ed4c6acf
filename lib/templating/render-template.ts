import { hasTemplateSyntax, liquid, parseTemplate } from "./liquid-engine";

/** A template that failed: the field path says where, so the run log can point at it. */
export class TemplateError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/**
 * Renders a Liquid template against a run's scope (contact, trigger, reply, vars, run,
 * secrets). Synchronous: journeys use no async tags or filters. A failure throws a
 * TemplateError naming the field, so a customer never receives a literal "{{".
 */
export function renderTemplate(source: string, scope: Record<string, unknown>, path: string): string {
  if (!hasTemplateSyntax(source)) return source;
  const template = parseTemplate(source);
  if (template instanceof Error) throw new TemplateError(path, template.message);
  try {
    return liquid.renderSync(template, scope);
  } catch (error) {
    throw new TemplateError(path, (error as Error).message.split(", line:")[0]);
  }
}

import { Liquid } from "liquidjs";

/**
 * The one Liquid engine: validation parses with it, runs and the preview render with it.
 * jsTruthy makes "" and 0 falsy in {% if %} as a non-programmer expects; ownPropertyOnly
 * keeps templates away from prototype properties; strictFilters turns a misspelt filter
 * into a validation error instead of silently printing the raw value.
 */
export const liquid = new Liquid({ jsTruthy: true, ownPropertyOnly: true, strictFilters: true, relativeReference: false, fs: noFiles() });

/**
 * {% include %}, {% render %} and {% layout %} read files by default: a journey author
 * could otherwise print the server's files (.env) into a WhatsApp message.
 */
function noFiles() {
  const refuse = () => {
    throw new Error("Templates cannot include files");
  };
  return { exists: async () => false, existsSync: () => false, readFile: async () => refuse(), readFileSync: refuse, resolve: (_root: string, file: string) => file, sep: "/" };
}

type Template = ReturnType<typeof liquid.parse>;
const parsed = new Map<string, Template | Error>();
const LIMIT = 5000;

/** Parses once per distinct source; a syntax error is cached and returned too. */
export function parseTemplate(source: string): Template | Error {
  let entry = parsed.get(source);
  if (entry) return entry;
  try {
    entry = liquid.parse(source);
  } catch (error) {
    entry = new Error((error as Error).message.split(", line:")[0]);
  }
  if (parsed.size >= LIMIT) parsed.clear();
  parsed.set(source, entry);
  return entry;
}

export function hasTemplateSyntax(source: string) {
  return source.includes("{{") || source.includes("{%");
}

/** The accent of each palette category, shared by the palette, the canvas and the inspector. */
export const CATEGORY_STYLE: Record<string, string> = {
  triggers: "bg-violet-50 text-violet-600 ring-violet-200",
  messages: "bg-emerald-50 text-emerald-600 ring-emerald-200",
  logic: "bg-sky-50 text-sky-600 ring-sky-200",
  integrations: "bg-orange-50 text-orange-600 ring-orange-200",
  annotations: "bg-amber-50 text-amber-600 ring-amber-200",
};

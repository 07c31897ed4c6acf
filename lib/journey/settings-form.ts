import type { FormField } from "../steps/form-field";
import { templateForm } from "../steps/message/kinds/template";
import { prefixFields } from "../steps/form-field";
import type { JourneySettings } from "./document-schema";

/** The journey's own fields (name, re-entry, 24-hour fallback), edited like a step's. */
export function settingsForm(settings: JourneySettings): FormField[] {
  return [
    { type: "text", path: "name", label: "Journey name", max: 120 },
    { type: "text", path: "description", label: "Description", max: 1000, multiline: true },
    {
      type: "select",
      path: "settings.reentry",
      label: "When a waiting contact triggers it again",
      options: [
        { value: "ignore", label: "Keep the waiting run: the message is its reply" },
        { value: "restart", label: "Restart: end the waiting run, start a new one" },
      ],
    },
    { type: "number", path: "settings.inactivityTimeoutHours", label: "Expire waiting runs after", min: 1, max: 24 * 90, unit: "hours" },
    {
      type: "select",
      path: "settings.windowFallbackTemplate",
      label: "Outside the 24-hour window",
      help: "WhatsApp only delivers templates once 24 hours have passed since the contact last wrote",
      options: [
        { value: "fail", label: "Take the message's Failed path" },
        { value: "template", label: "Send a template instead" },
      ],
      read: (meta) => ((meta as { settings: JourneySettings }).settings.windowFallbackTemplate ? "template" : "fail"),
      apply: (meta, value) => {
        const m = meta as { settings: JourneySettings };
        const fallback = value === "template" ? { kind: "template" as const, name: "", language: "en_US", components: [] } : null;
        return { ...m, settings: { ...m.settings, windowFallbackTemplate: fallback } };
      },
    },
    ...(settings.windowFallbackTemplate ? prefixFields("settings.windowFallbackTemplate", templateForm(settings.windowFallbackTemplate)) : []),
  ];
}

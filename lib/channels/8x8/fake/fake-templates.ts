import { randomUUID } from "node:crypto";
import { checkTemplateSend } from "../../../whatsapp/check-template-send";
import { channelLookup } from "../../../whatsapp/template-catalog";
import { eightByEightTemplate, toLayout } from "../../../whatsapp/parse-8x8-templates";
import { readFileSync } from "node:fs";

// Read, not imported: Playwright loads this file as plain ESM, where JSON needs an import attribute.
const fixture = JSON.parse(readFileSync(new URL("./fake-templates.json", import.meta.url), "utf8")) as { templates: Listed[] };

type Listed = { id: number; templateName: string; language: string; status: string; rejectedReason?: string; qualityScore?: string; [key: string]: unknown };
type Sent = { name: string; language: string; components?: Array<{ type: string; [key: string]: unknown }> };

/**
 * The fake 8x8's WhatsApp templates: the list it serves (8x8's shape), the check it makes
 * of a template send (a known template's parameters must match it, as 8x8 answers 1030;
 * a paused or disabled one is refused, 1035/1036), and the CABM webhooks a status change
 * posts. A name it does not list is accepted: its catalog is a sample, not the account's.
 */
export function fakeTemplates() {
  const templates: Listed[] = structuredClone(fixture.templates);
  const find = (name: string, language?: string) => templates.find((t) => t.templateName === name && (!language || t.language === language));

  return {
    list: () => ({ templates }),

    checkSend(sent: Sent): { code: number; message: string } | null {
      const listed = find(sent.name, sent.language);
      if (!listed) return null;
      if (listed.status === "PAUSED") return { code: 1035, message: `Template ${sent.name} is paused` };
      if (listed.status === "DISABLED") return { code: 1036, message: `Template ${sent.name} is disabled` };
      if (listed.status !== "APPROVED") return { code: 1031, message: `Template ${sent.name} is not approved` };
      const template = eightByEightTemplate.parse(listed);
      const known = { channelId: "fake", name: listed.templateName, language: listed.language, category: template.category, status: "APPROVED", quality: null, reason: null, layout: toLayout(template.components), statusAt: "" };
      const problem = checkTemplateSend(sent, channelLookup({ id: "fake", name: "8x8" }, [known]))[0];
      return problem ? { code: 1030, message: `Template parameters do not match ${sent.name}: ${problem.message} (${problem.path})` } : null;
    },

    /** Changes a template as WhatsApp would and returns the webhook 8x8 posts for it. */
    change(name: string, language: string, change: { status?: string; reason?: string; quality?: string }) {
      const listed = find(name, language);
      if (!listed) throw new Error(`the fake 8x8 has no template ${name} (${language})`);
      const previousQuality = listed.qualityScore;
      if (change.status) listed.status = change.status;
      if (change.reason !== undefined) listed.rejectedReason = change.reason;
      if (change.quality) listed.qualityScore = change.quality;
      const meta = change.status
        ? { status: change.status, ...(change.reason && { reason: change.reason }) }
        : { previousQualityScore: previousQuality ?? "UNKNOWN", newQualityScore: change.quality };
      return {
        eventId: randomUUID(),
        timestamp: new Date().toISOString(),
        provider: "WhatsApp",
        businessAccountId: "104996109286054",
        accountId: "fake-account",
        eventType: change.status ? "template_status_update" : "template_quality_update",
        eventDetails: { templateId: listed.id, templateName: name, templateLanguage: language, meta },
      };
    },
  };
}

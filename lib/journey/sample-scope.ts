/** What a run's scope looks like before any run exists: the values shown under a template as it is typed. */
export const SAMPLE_SCOPE = {
  contact: { name: "Alex Morgan", msisdn: "+15550100200", channelUserId: "wa-15550100200" },
  trigger: { type: "text", text: "Hello" },
  reply: { type: "text", text: "Hello", id: "", title: "" },
  vars: {},
  run: { id: "run-sample", startedAt: "2026-01-05T09:00:00.000Z" },
};

/** The preview's live scope when it has a run, else the sample; secrets are never shown. */
export function templatePreviewScope(run: { vars: Record<string, unknown>; trigger: unknown; reply: unknown; startedAt: string } | null, contact?: { name?: string | null; msisdn?: string | null }) {
  if (!run) return { scope: SAMPLE_SCOPE, source: "sample" as const };
  return {
    scope: {
      contact: { ...SAMPLE_SCOPE.contact, ...contact },
      trigger: run.trigger ?? {},
      reply: run.reply ?? {},
      vars: run.vars,
      run: { id: "preview", startedAt: run.startedAt },
    },
    source: "preview" as const,
  };
}

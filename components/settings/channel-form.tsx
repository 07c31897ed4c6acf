"use client";

import { useState } from "react";
import { INPUT_CLASS } from "@/components/editor/fields/field-shell";
import { REGIONS } from "@/lib/channels/channel-schemas";

export type ChannelDraft = { name: string; subAccountId: string; baseUrl: string; apiKey: string; accountId: string; templateChannel: string };

/** The fields of a new channel; the region is one of 8x8's hosts or, for a proxy or a test double, an address of your own. */
export function ChannelForm({ draft, onChange, issues }: { draft: ChannelDraft; onChange: (draft: ChannelDraft) => void; issues: Record<string, string> }) {
  const preset = REGIONS.find((r) => r.baseUrl === draft.baseUrl);
  const [custom, setCustom] = useState(!preset);
  const set = (patch: Partial<ChannelDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="space-y-4">
      <Field label="Name" issue={issues.name}>
        <input value={draft.name} maxLength={60} onChange={(e) => set({ name: e.target.value })} placeholder="Clinic · +65 6123 4567" className={INPUT_CLASS} aria-invalid={issues.name ? true : undefined} />
      </Field>
      <Field label="Sub-account id" issue={issues.subAccountId} help="8x8 Connect → Chat Apps → the sub-account of this WhatsApp number.">
        <input value={draft.subAccountId} onChange={(e) => set({ subAccountId: e.target.value })} placeholder="Acme_WhatsApp" className={`${INPUT_CLASS} font-mono`} aria-invalid={issues.subAccountId ? true : undefined} />
      </Field>
      <Field label="Region" issue={issues.baseUrl}>
        <select
          aria-label="Region"
          value={custom ? "custom" : draft.baseUrl}
          onChange={(e) => {
            const isCustom = e.target.value === "custom";
            setCustom(isCustom);
            set({ baseUrl: isCustom ? "" : e.target.value });
          }}
          className={INPUT_CLASS}
        >
          {REGIONS.map((r) => (
            <option key={r.baseUrl} value={r.baseUrl}>{`${r.label} · ${new URL(r.baseUrl).host}`}</option>
          ))}
          <option value="custom">Another address…</option>
        </select>
        {custom && <input aria-label="API address" value={draft.baseUrl} onChange={(e) => set({ baseUrl: e.target.value })} placeholder="https://chatapps.8x8.com" className={`${INPUT_CLASS} mt-2 font-mono`} />}
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Account id (for templates)" issue={issues.accountId} help="8x8 Connect → Account settings. Optional.">
          <input value={draft.accountId} onChange={(e) => set({ accountId: e.target.value })} placeholder="a1b2c3d4-…" className={`${INPUT_CLASS} font-mono`} aria-invalid={issues.accountId ? true : undefined} />
        </Field>
        <Field label="WhatsApp channel id" issue={issues.templateChannel} help="Chat Apps → WhatsApp → the number's channel id. Optional.">
          <input value={draft.templateChannel} onChange={(e) => set({ templateChannel: e.target.value })} placeholder="ec36a867-…" className={`${INPUT_CLASS} font-mono`} aria-invalid={issues.templateChannel ? true : undefined} />
        </Field>
      </div>
      <Field label="API key" issue={issues.apiKey} help="8x8 Connect → API keys. Stored encrypted; never shown again.">
        <input type="password" autoComplete="off" value={draft.apiKey} onChange={(e) => set({ apiKey: e.target.value })} className={`${INPUT_CLASS} font-mono`} aria-invalid={issues.apiKey ? true : undefined} />
      </Field>
    </div>
  );
}

function Field({ label, issue, help, children }: { label: string; issue?: string; help?: string; children: React.ReactNode }) {
  return (
    <label className="block text-xs font-medium text-slate-600">
      {label}
      <div className="mt-1">{children}</div>
      {issue ? <span className="mt-1 block font-normal text-rose-600">{issue}</span> : help && <span className="mt-1 block font-normal text-slate-400">{help}</span>}
    </label>
  );
}

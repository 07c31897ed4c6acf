"use client";

import { useState } from "react";
import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { INPUT_CLASS, SELECT_CLASS } from "@/components/editor/fields/field-shell";
import { useViewer } from "@/components/viewer-context";
import { PASSWORD_MIN } from "@/lib/auth/password-rules";
import { ROLE_LABELS, ROLES, roleWithin, type Role } from "@/lib/auth/roles";
import type { TokenSummary } from "@/lib/workspace/api-schemas";
import { workspaceApi } from "@/lib/client/workspace-api";
import { RoleSelect } from "./role-select";
import { SettingsCard } from "./settings-card";
import { ShownOnce } from "./shown-once";
import { useApiAction } from "@/components/ui/use-api-action";

const EXPIRY: Array<{ days: 7 | 30 | 90 | 365 | null; label: string }> = [
  { days: 7, label: "7 days" },
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 365, label: "1 year" },
  { days: null, label: "Never" },
];

export function AccountManager({ tokens, email }: { tokens: TokenSummary[]; email: string }) {
  const viewer = useViewer();
  const action = useApiAction();
  const allowed = ROLES.filter((r) => roleWithin(r, viewer.role));
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>(viewer.role);
  const [days, setDays] = useState<7 | 30 | 90 | 365 | null>(90);
  const [created, setCreated] = useState<string | null>(null);
  const [ended, setEnded] = useState<number | null>(null);

  const create = async () => {
    const answer = await action.run(() => workspaceApi.createToken({ name, role, expiresInDays: days }));
    if (answer) {
      setCreated(answer.token);
      setName("");
    }
  };

  return (
    <div className="max-w-4xl space-y-6 px-8 py-6">
      <SettingsCard title="You" description={<>Signed in as {viewer.name} ({email}), {ROLE_LABELS[viewer.role].label.toLowerCase()}: {ROLE_LABELS[viewer.role].description.toLowerCase()}.</>}>
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={async () => setEnded((await action.run(() => workspaceApi.endOtherSessions()))?.ended ?? null)}>Sign out of other browsers</Button>
          {ended !== null && <span className="text-sm text-slate-600" role="status">{ended === 0 ? "No other browser was signed in." : `Signed out of ${ended} other browser${ended === 1 ? "" : "s"}.`}</span>}
        </div>
      </SettingsCard>

      <PasswordCard />

      <SettingsCard
        title="Personal API tokens"
        description={<>For scripts and your backend: send <code className="rounded bg-slate-100 px-1 font-mono text-xs">Authorization: Bearer &lt;token&gt;</code>. A token acts as you, with at most your role.</>}
      >
        <div className="flex flex-wrap items-end gap-3">
          <label className="min-w-48 flex-1 text-xs font-medium text-slate-600">
            Name
            <input value={name} maxLength={60} onChange={(e) => setName(e.target.value)} placeholder="Booking backend" className={`${INPUT_CLASS} mt-1`} aria-invalid={action.issues.name ? true : undefined} />
          </label>
          <label className="text-xs font-medium text-slate-600">
            Role
            <div className="mt-1">
              <RoleSelect label="Token role" value={role} onChange={setRole} allowed={allowed} />
            </div>
          </label>
          <label className="text-xs font-medium text-slate-600">
            Expires after
            <select aria-label="Expires after" value={String(days)} onChange={(e) => setDays(e.target.value === "null" ? null : (Number(e.target.value) as 7))} className={`${SELECT_CLASS} mt-1`}>
              {EXPIRY.map((e) => (
                <option key={String(e.days)} value={String(e.days)}>{e.label}</option>
              ))}
            </select>
          </label>
          <Button variant="primary" onClick={create} disabled={action.pending || !name.trim()}>
            <KeyRound className="size-4" /> Create token
          </Button>
        </div>
        {action.error && <p className="mt-3 text-sm text-rose-600" role="alert">{action.issues.name ?? action.error}</p>}
        {created && (
          <div className="mt-4">
            <ShownOnce label="New API token" value={created} hint="Copy this token now: only its hash is kept, so it cannot be shown again." />
          </div>
        )}
        {tokens.length > 0 && (
          <table className="mt-5 w-full text-left text-sm">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-2 font-medium">Name</th>
                <th className="py-2 font-medium">Role</th>
                <th className="py-2 font-medium">Last used</th>
                <th className="py-2 font-medium">Expires</th>
                <th />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tokens.map((token) => (
                <tr key={token.id} aria-label={`Token ${token.name}`}>
                  <td className="py-2.5">
                    <span className="font-medium text-slate-900">{token.name}</span>{" "}
                    <code className="font-mono text-xs text-slate-400">{token.prefix}…</code>
                  </td>
                  <td className="py-2.5"><Badge>{ROLE_LABELS[token.role].label}</Badge></td>
                  <td className="py-2.5 text-slate-600">{token.lastUsedAt ? <RelativeTime iso={token.lastUsedAt} /> : "never"}</td>
                  <td className="py-2.5 text-slate-600">{token.expiresAt ? <RelativeTime iso={token.expiresAt} /> : "never"}</td>
                  <td className="py-2.5 text-right">
                    <Button size="sm" variant="ghost" onClick={() => action.run(() => workspaceApi.revokeToken(token.id))} aria-label={`Revoke ${token.name}`}>
                      Revoke
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </SettingsCard>
    </div>
  );
}

function PasswordCard() {
  const action = useApiAction();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const change = async () => {
    setDone(null);
    const answer = await action.run(() => workspaceApi.changePassword(current, next));
    if (answer) {
      setCurrent("");
      setNext("");
      setDone(answer.otherSessionsEnded ? `Password changed; ${answer.otherSessionsEnded} other browser${answer.otherSessionsEnded === 1 ? " was" : "s were"} signed out.` : "Password changed.");
    }
  };
  return (
    <SettingsCard title="Password" description={`At least ${PASSWORD_MIN} characters. Changing it signs you out of every other browser.`}>
      <div className="flex flex-wrap items-end gap-3">
        <label className="min-w-48 flex-1 text-xs font-medium text-slate-600">
          Current password
          <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} className={`${INPUT_CLASS} mt-1`} aria-invalid={action.issues.currentPassword ? true : undefined} />
        </label>
        <label className="min-w-48 flex-1 text-xs font-medium text-slate-600">
          New password
          <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} className={`${INPUT_CLASS} mt-1`} aria-invalid={action.issues.newPassword ? true : undefined} />
        </label>
        <Button onClick={change} disabled={action.pending || !current || !next}>Change password</Button>
      </div>
      {action.error && <p className="mt-3 text-sm text-rose-600" role="alert">{action.issues.currentPassword ?? action.issues.newPassword ?? action.error}</p>}
      {done && <p className="mt-3 text-sm text-emerald-700" role="status">{done}</p>}
    </SettingsCard>
  );
}

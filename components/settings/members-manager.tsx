"use client";

import { useState } from "react";
import { UserPlus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { INPUT_CLASS, SELECT_CLASS } from "@/components/editor/fields/field-shell";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import type { InviteSummary, MemberSummary } from "@/lib/workspace/api-schemas";
import { workspaceApi } from "@/lib/client/workspace-api";
import { RoleSelect } from "./role-select";
import { SettingsCard } from "./settings-card";
import { ShownOnce } from "./shown-once";
import { useApiAction } from "@/components/ui/use-api-action";

const EXPIRY = [
  { hours: 24, label: "1 day" },
  { hours: 72, label: "3 days" },
  { hours: 168, label: "7 days" },
];

export function MembersManager({ members, invites }: { members: MemberSummary[]; invites: InviteSummary[] }) {
  const action = useApiAction();
  const [role, setRole] = useState<Role>("editor");
  const [note, setNote] = useState("");
  const [hours, setHours] = useState(72);
  const [link, setLink] = useState<string | null>(null);
  const [removing, setRemoving] = useState<MemberSummary | null>(null);

  const invite = async () => {
    const created = await action.run(() => workspaceApi.invite({ role, note, expiresInHours: hours }));
    if (created) {
      setLink(created.url);
      setNote("");
    }
  };

  return (
    <div className="max-w-4xl space-y-6 px-8 py-6">
      <SettingsCard title="Invite someone" description="There is no mail server: copy the link and send it yourself. It works once, until it expires.">
        <div className="flex flex-wrap items-end gap-3">
          <label className="text-xs font-medium text-slate-600">
            Role
            <div className="mt-1">
              <RoleSelect label="Role for the invitation" value={role} onChange={setRole} />
            </div>
          </label>
          <label className="min-w-48 flex-1 text-xs font-medium text-slate-600">
            Note (who it is for)
            <input value={note} maxLength={120} onChange={(e) => setNote(e.target.value)} placeholder="Sam, front desk" className={`${INPUT_CLASS} mt-1`} />
          </label>
          <label className="text-xs font-medium text-slate-600">
            Expires in
            <select aria-label="Expires in" value={hours} onChange={(e) => setHours(Number(e.target.value))} className={`${SELECT_CLASS} mt-1`}>
              {EXPIRY.map((e) => (
                <option key={e.hours} value={e.hours}>{e.label}</option>
              ))}
            </select>
          </label>
          <Button variant="primary" onClick={invite} disabled={action.pending}>
            <UserPlus className="size-4" /> Create invitation link
          </Button>
        </div>
        <p className="mt-2 text-xs text-slate-500">{ROLE_LABELS[role].description}.</p>
        {action.error && <p className="mt-3 text-sm text-rose-600" role="alert">{action.error}</p>}
        {link && (
          <div className="mt-4">
            <ShownOnce label="Invitation link" value={link} hint="Copy this link now: it is not shown again." />
          </div>
        )}
      </SettingsCard>

      <SettingsCard title="Members" description="A new role applies from the member's next click; removing someone ends their sessions and tokens at once." flush>
        <ul className="divide-y divide-slate-100 border-t border-slate-100">
          {members.map((member) => (
            <li key={member.id} className="flex items-center gap-4 px-6 py-3 text-sm" aria-label={member.name}>
              <span className="grid size-8 shrink-0 place-items-center rounded-full bg-slate-100 text-xs font-semibold text-slate-600" aria-hidden>
                {member.name.slice(0, 1).toUpperCase()}
              </span>
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-slate-900">
                  {member.name} {member.you && <Badge>you</Badge>}
                </p>
                <p className="truncate text-xs text-slate-500">{member.email}</p>
              </div>
              <RoleSelect label={`Role of ${member.name}`} value={member.role} disabled={action.pending} onChange={(next) => action.run(() => workspaceApi.setRole(member.id, next))} />
              <Button size="sm" variant="ghost" onClick={() => setRemoving(member)} disabled={member.you} aria-label={`Remove ${member.name}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      </SettingsCard>

      {invites.length > 0 && (
        <SettingsCard title="Pending invitations" flush>
          <ul className="divide-y divide-slate-100 border-t border-slate-100">
            {invites.map((pending) => (
              <li key={pending.id} className="flex items-center gap-4 px-6 py-3 text-sm">
                <Badge tone="info">{ROLE_LABELS[pending.role].label}</Badge>
                <span className="min-w-0 flex-1 truncate text-slate-700">{pending.note || "No note"}</span>
                <span className="text-xs text-slate-500">
                  expires <RelativeTime iso={pending.expiresAt} />
                </span>
                <Button size="sm" variant="ghost" onClick={() => action.run(() => workspaceApi.withdrawInvite(pending.id))}>
                  Withdraw
                </Button>
              </li>
            ))}
          </ul>
        </SettingsCard>
      )}

      <ConfirmDialog
        subject={removing}
        title={(member) => `Remove ${member.name}?`}
        description="They are signed out everywhere and their API tokens stop working. Their journeys and the audit log stay."
        action="Remove"
        onClose={() => setRemoving(null)}
        onConfirm={(member) => void action.run(() => workspaceApi.removeMember(member.id))}
      />
    </div>
  );
}

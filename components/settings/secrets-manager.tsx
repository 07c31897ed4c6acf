"use client";

import { useState } from "react";
import { Lock, Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { INPUT_CLASS } from "@/components/editor/fields/field-shell";
import type { SecretSummary } from "@/lib/secrets/secret-store";
import { workspaceApi } from "@/lib/client/workspace-api";
import { secretName } from "@/lib/workspace/api-schemas";
import { SettingsCard } from "./settings-card";
import { useApiAction } from "@/components/ui/use-api-action";

/** Secrets are write-only here: a value goes in, and only its name and date come back. */
export function SecretsManager({ secrets }: { secrets: SecretSummary[] }) {
  const action = useApiAction();
  const [editing, setEditing] = useState<{ name: string; isNew: boolean } | null>(null);
  const [name, setName] = useState("");
  const [value, setValue] = useState("");
  const [deleting, setDeleting] = useState<string | null>(null);

  const open = (target: { name: string; isNew: boolean }) => {
    setEditing(target);
    setName(target.name);
    setValue("");
  };
  // The name is checked as it is typed, with the server's own rule; a refused save keeps what was typed.
  const nameProblem = editing?.isNew && name ? secretName.safeParse(name).error?.issues[0]?.message : undefined;
  const save = async () => {
    const done = await action.run(() => workspaceApi.putSecret(name, value));
    if (!done) return;
    setValue("");
    setEditing(null);
  };

  return (
    <div className="max-w-4xl space-y-6 px-8 py-6">
      <SettingsCard
        title="Secrets"
        description={
          <>
            For HTTP request steps: <code className="rounded bg-slate-100 px-1 font-mono text-xs">{"{{ secrets.name }}"}</code> in a URL, header or body. Encrypted at rest (AES-256-GCM); no page, answer, log or export shows a value once saved.
          </>
        }
        actions={
          <Button variant="primary" onClick={() => open({ name: "", isNew: true })}>
            <Plus className="size-4" /> Add secret
          </Button>
        }
        flush
      >
        {secrets.length === 0 ? (
          <p className="border-t border-slate-100 px-6 py-8 text-center text-sm text-slate-500">No secrets yet. Add your backend&apos;s API key to call it from a journey.</p>
        ) : (
          <ul className="divide-y divide-slate-100 border-t border-slate-100">
            {secrets.map((secret) => (
              <li key={secret.name} className="flex items-center gap-4 px-6 py-3 text-sm" aria-label={`Secret ${secret.name}`}>
                <Lock className="size-4 shrink-0 text-slate-400" />
                <code className="min-w-0 flex-1 truncate font-mono text-sm text-slate-800">{secret.name}</code>
                {secret.source === "environment" ? (
                  <Badge tone="info">SECRET_{secret.name.toUpperCase()} · read-only</Badge>
                ) : (
                  <>
                    <span className="text-xs text-slate-500">
                      updated {secret.updatedAt && <RelativeTime iso={secret.updatedAt} />}
                    </span>
                    <Button size="sm" onClick={() => open({ name: secret.name, isNew: false })} aria-label={`Replace ${secret.name}`}>
                      Replace
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => setDeleting(secret.name)} aria-label={`Delete ${secret.name}`}>
                      Delete
                    </Button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </SettingsCard>

      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.isNew ? "Add a secret" : `Replace ${editing?.name ?? ""}`}
        description={editing?.isNew ? "Steps use it as {{ secrets.name }}." : "The new value is used from the next step that needs it; the old one is gone."}
        footer={
          <>
            <Button onClick={() => setEditing(null)}>Cancel</Button>
            <Button variant="primary" onClick={save} disabled={action.pending || !name || !value || Boolean(nameProblem)}>
              Save secret
            </Button>
          </>
        }
      >
        <div className="space-y-4">
          {editing?.isNew && (
            <label className="block text-xs font-medium text-slate-600">
              Name
              <input
                value={name}
                onChange={(e) => setName(e.target.value.toLowerCase())}
                placeholder="clinic_api_key"
                className={`${INPUT_CLASS} mt-1 font-mono`}
                aria-invalid={nameProblem || action.issues.name ? true : undefined}
                aria-describedby="secret-name-rule"
              />
              <span id="secret-name-rule" className={`mt-1 block font-normal ${nameProblem || action.issues.name ? "text-rose-600" : "text-slate-500"}`}>
                {nameProblem ?? action.issues.name ?? "Lower-case letters, digits and _, starting with a letter: what {{ secrets.name }} can say"}
              </span>
            </label>
          )}
          <label className="block text-xs font-medium text-slate-600">
            Value
            <input type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} className={`${INPUT_CLASS} mt-1 font-mono`} />
          </label>
          {action.error && !action.issues.name && <p className="text-sm text-rose-600" role="alert">{action.error}</p>}
        </div>
      </Dialog>

      <ConfirmDialog
        subject={deleting}
        title={(name) => `Delete ${name}?`}
        description="Steps that use it will render it empty, and their requests will likely fail."
        action="Delete"
        onClose={() => setDeleting(null)}
        onConfirm={(name) => void action.run(() => workspaceApi.deleteSecret(name))}
      />
    </div>
  );
}

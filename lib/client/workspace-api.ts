import type { QueueWebhook } from "../conversations/queue-webhooks";
import type { KeywordSettings } from "../whatsapp/keyword-settings";
import type { TriggerCollision } from "../journey/trigger-collision";
import { call } from "./journeys-api";
import type { Role } from "../auth/roles";
import type { ConnectionCheck } from "../channels/channel-schemas";
import type { InviteSummary, TokenSummary } from "../workspace/api-schemas";

/** The browser's side of the workspace API; bodies follow api-schemas.ts. */
export const workspaceApi = {
  invite: (body: { role: Role; note: string; expiresInHours: number }) =>
    call<{ invite: InviteSummary; url: string }>("/api/members/invites", { method: "POST", json: body }),
  withdrawInvite: (id: string) => call<void>(`/api/members/invites/${id}`, { method: "DELETE" }),
  setRole: (id: string, role: Role) => call<unknown>(`/api/members/${id}`, { method: "PUT", json: { role } }),
  removeMember: (id: string) => call<void>(`/api/members/${id}`, { method: "DELETE" }),
  createToken: (body: { name: string; role: Role; expiresInDays: number | null }) =>
    call<{ token: string; record: TokenSummary }>("/api/tokens", { method: "POST", json: body }),
  revokeToken: (id: string) => call<void>(`/api/tokens/${id}`, { method: "DELETE" }),
  changePassword: (currentPassword: string, newPassword: string) =>
    call<{ otherSessionsEnded: number }>("/api/account/password", { method: "PUT", json: { currentPassword, newPassword } }),
  setRetention: (days: number) => call<{ days: number }>("/api/settings/retention", { method: "PUT", json: { days } }),
  setQueueWebhooks: (webhooks: QueueWebhook[]) => call<{ webhooks: QueueWebhook[] }>("/api/settings/queue-webhooks", { method: "PUT", json: { webhooks } }),
  keywords: () => call<{ keywords: KeywordSettings }>("/api/settings/keywords"),
  /** Saves them; `confirm` accepts that live journeys' triggers will never fire (else a 409 lists them). */
  setKeywords: (keywords: KeywordSettings, confirm = false) =>
    call<{ keywords: KeywordSettings }>(`/api/settings/keywords${confirm ? "?confirm=true" : ""}`, { method: "PUT", json: keywords }),
  keywordCollisions: (keywords: KeywordSettings) => call<{ collisions: TriggerCollision[] }>("/api/settings/keywords/collisions", { method: "POST", json: keywords }),
  cancelRun: (id: string) => call<{ run: { id: string; status: string } }>(`/api/runs/${id}/cancel`, { method: "POST" }),
  endOtherSessions: () => call<{ ended: number }>("/api/account/sessions", { method: "DELETE" }),
  signOut: () => call<unknown>("/api/session", { method: "DELETE" }),
  putSecret: (name: string, value: string) => call<unknown>(`/api/secrets/${encodeURIComponent(name)}`, { method: "PUT", json: { value } }),
  deleteSecret: (name: string) => call<void>(`/api/secrets/${encodeURIComponent(name)}`, { method: "DELETE" }),
  createChannel: (body: { name: string; subAccountId: string; baseUrl: string; apiKey: string }) =>
    call<{ id: string; webhookUrl: string; webhookAuth: string }>("/api/channels", { method: "POST", json: body }),
  updateChannel: (id: string, body: { name?: string; subAccountId?: string; baseUrl?: string; apiKey?: string; accountId?: string; templateChannel?: string; newWebhookAuth?: boolean }) =>
    call<{ webhookAuth: string | null }>(`/api/channels/${id}`, { method: "PUT", json: body }),
  deleteChannel: (id: string) => call<void>(`/api/channels/${id}`, { method: "DELETE" }),
  defaultWebhookAuth: (action: "reveal" | "renew" | "require") => call<{ webhookAuth: string | null }>("/api/channels/default/webhook-auth", { method: "POST", json: { action } }),
  testChannel: (id: string) => call<ConnectionCheck>(`/api/channels/${id}/test`, { method: "POST" }),
};

/**
 * The actions the log knows, so a filter can offer them and a typo cannot invent one.
 * A detail never holds a secret's value: callers pass names, roles and ids only.
 */
export const AUDIT_ACTIONS = [
  "workspace.setup",
  "user.signed_in",
  "user.sign_in_failed",
  "user.signed_out",
  "user.password_changed",
  "member.invited",
  "member.invite_revoked",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "token.created",
  "token.revoked",
  "secret.created",
  "secret.replaced",
  "secret.deleted",
  "channel.created",
  "channel.changed",
  "channel.deleted",
  "journey.created",
  "journey.deleted",
  "journey.published",
  "journey.restored",
  "journey.activated",
  "journey.deactivated",
  "run.cancelled",
  "conversation.taken",
  "conversation.assigned",
  "conversation.returned",
  "conversation.closed",
  "settings.retention_changed",
  "settings.keywords_changed",
  "settings.queue_webhooks_changed",
  ] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

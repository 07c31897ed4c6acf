import { z } from "zod";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "../auth/password-rules";
import { roleSchema, type Role } from "../auth/roles";

/**
 * Bodies and answers of the workspace API (setup, sign-in, members, invitations, tokens,
 * secrets, audit), shared by the route handlers and the pages that call them.
 */
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "An email address is at most 254 characters" })
  .pipe(z.email({ error: "Enter an email address such as ann@example.com" }));
const name = z.string().trim().min(1, { error: "Enter a name" }).max(80, { error: "A name is at most 80 characters" });
const newPassword = z
  .string()
  .min(PASSWORD_MIN, { error: `A password has at least ${PASSWORD_MIN} characters` })
  .max(PASSWORD_MAX, { error: `A password has at most ${PASSWORD_MAX} characters` });

export const setupBody = z.object({ name, email, password: newPassword });

export const signInBody = z.object({
  email,
  password: z.string().min(1, { error: "Enter your password" }).max(PASSWORD_MAX, { error: "That password is not right" }),
});

export const inviteBody = z.object({
  role: roleSchema,
  note: z.string().trim().max(120, { error: "A note is at most 120 characters" }).default(""),
  expiresInHours: z.number().int().min(1).max(24 * 14, { error: "An invitation lasts at most 14 days" }).default(72),
});

export const acceptInviteBody = z.object({ token: z.string().min(1).max(200), name, email, password: newPassword });

export const memberUpdateBody = z.object({ role: roleSchema });

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1, { error: "Enter your current password" }).max(PASSWORD_MAX),
  newPassword,
});

export const createTokenBody = z.object({
  name: z.string().trim().min(1, { error: "Name the token after what uses it" }).max(60, { error: "A token name is at most 60 characters" }),
  role: roleSchema,
  expiresInDays: z.union([z.literal(7), z.literal(30), z.literal(90), z.literal(365), z.null()], { error: "expiresInDays is 7, 30, 90, 365 or null (never)" }).default(90),
});

/** Lower-case letters, digits and _: what a template can write after `secrets.`. */
export const secretName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, { error: "A secret's name is a lower-case letter, then up to 63 lower-case letters, digits or _" });

export const secretBody = z.object({
  value: z.string().min(1, { error: "A secret cannot be empty" }).max(8192, { error: "A secret is at most 8 KB" }),
});

export const auditQuery = z.object({
  action: z.enum(AUDIT_ACTIONS, { error: "action is not one the audit log records" }).optional(),
  actorId: z.string().min(1).max(64).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type MemberSummary = { id: string; name: string; email: string; role: Role; createdAt: string; you: boolean };
export type InviteSummary = { id: string; role: Role; note: string; createdAt: string; expiresAt: string };
export type TokenSummary = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
};
export type AuditEntry = {
  id: number;
  at: string;
  actorName: string;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
  ip: string | null;
};

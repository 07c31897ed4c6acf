import { z } from "zod";

/** Highest first: a role may do everything the roles after it may. */
export const ROLES = ["owner", "editor", "operator", "viewer"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * What a route or page needs. Editors and operators are side by side, not above one
 * another: an editor changes journeys, an operator acts on runs; both read everything.
 */
export type Permission = "read" | "journeys:write" | "runs:write" | "workspace:manage";

const GRANTS: Record<Role, readonly Permission[]> = {
  owner: ["read", "journeys:write", "runs:write", "workspace:manage"],
  editor: ["read", "journeys:write"],
  operator: ["read", "runs:write"],
  viewer: ["read"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** A token may carry its owner's role or a lesser one: one whose grants are a subset. */
export function roleWithin(role: Role, of: Role): boolean {
  return GRANTS[role].every((permission) => can(of, permission));
}

export const ROLE_LABELS: Record<Role, { label: string; description: string }> = {
  owner: { label: "Owner", description: "Everything, members, channels and secrets included" },
  editor: { label: "Editor", description: "Edits, previews and publishes journeys" },
  operator: { label: "Operator", description: "Runs, contacts and retries; journeys read-only" },
  viewer: { label: "Viewer", description: "Reads everything, changes nothing" },
};

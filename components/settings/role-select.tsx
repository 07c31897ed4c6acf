"use client";

import { SELECT_CLASS } from "@/components/editor/fields/field-shell";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";

/** A role picker; `allowed` narrows it (a token's role is at most its owner's). */
export function RoleSelect({ value, onChange, label, allowed = ROLES, disabled }: { value: Role; onChange: (role: Role) => void; label: string; allowed?: readonly Role[]; disabled?: boolean }) {
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as Role)} className={SELECT_CLASS}>
      {allowed.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role].label}
        </option>
      ))}
    </select>
  );
}

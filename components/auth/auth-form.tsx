"use client";

import { useState, type ReactNode } from "react";
import { Workflow } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ApiClientError, call } from "@/lib/client/journeys-api";
import { PASSWORD_MIN } from "@/lib/auth/password-rules";

type Field = "name" | "email" | "password";

/**
 * Setup, sign-in and joining by invitation: the same card with the fields each needs,
 * posting JSON to its route and going on to `next` once the session cookie is set.
 */
export function AuthForm({
  title,
  intro,
  fields,
  submitLabel,
  endpoint,
  extra = {},
  next,
  newPassword = false,
  footer,
}: {
  title: string;
  intro: ReactNode;
  fields: Field[];
  submitLabel: string;
  endpoint: string;
  extra?: Record<string, string>;
  next: string;
  newPassword?: boolean;
  footer?: ReactNode;
}) {
  const [values, setValues] = useState<Record<Field, string>>({ name: "", email: "", password: "" });
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      await call(endpoint, { method: "POST", json: { ...extra, ...values } });
      window.location.assign(next);
    } catch (caught) {
      setPending(false);
      if (!(caught instanceof ApiClientError)) return setError("The server could not be reached");
      const issues = caught.body.issues ?? [];
      setFieldErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      setError(issues.length ? null : caught.body.message);
    }
  };

  return (
    <form
      // Submitted before hydration, the browser would otherwise put the password in the URL.
      method="post"
      className="w-full max-w-sm rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-200"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <span className="grid size-10 place-items-center rounded-xl bg-gradient-to-br from-emerald-500 to-emerald-700 text-white">
        <Workflow className="size-5" />
      </span>
      <h1 className="mt-5 text-lg font-semibold text-slate-900">{title}</h1>
      <div className="mt-1 text-sm text-slate-500">{intro}</div>
      <div className="mt-6 space-y-4">
        {fields.map((field) => (
          <label key={field} className="block text-sm font-medium text-slate-700">
            {LABELS[field]}
            <input
              type={field === "password" ? "password" : field === "email" ? "email" : "text"}
              name={field}
              autoComplete={field === "password" ? (newPassword ? "new-password" : "current-password") : field === "email" ? "email" : "name"}
              required
              value={values[field]}
              autoFocus={field === fields[0]}
              aria-invalid={fieldErrors[field] ? true : undefined}
              aria-describedby={fieldErrors[field] ? `${field}-error` : undefined}
              onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))}
              className="mt-1.5 block w-full rounded-lg border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-emerald-600 aria-invalid:ring-rose-400"
            />
            {field === "password" && newPassword && !fieldErrors.password && (
              <span className="mt-1 block text-xs font-normal text-slate-500">At least {PASSWORD_MIN} characters.</span>
            )}
            {fieldErrors[field] && (
              <span id={`${field}-error`} className="mt-1 block text-xs font-normal text-rose-600">
                {fieldErrors[field]}
              </span>
            )}
          </label>
        ))}
      </div>
      {error && (
        <p className="mt-3 text-sm text-rose-600" role="alert">
          {error}
        </p>
      )}
      <Button variant="primary" type="submit" className="mt-6 w-full" disabled={pending}>
        {submitLabel}
      </Button>
      {footer && <div className="mt-4 text-xs text-slate-500">{footer}</div>}
    </form>
  );
}

const LABELS: Record<Field, string> = { name: "Your name", email: "Email", password: "Password" };

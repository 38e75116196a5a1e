"use client";

import { useState, type FormEvent } from "react";
import { createUserAction } from "@/app/(admin)/admin/users/actions";
import { ROLES } from "@/lib/users/schema";
import { FieldError } from "./FieldError";

const FIELDS = [
  { name: "email", label: "Email", type: "email", autoComplete: "off" },
  { name: "name", label: "Name", type: "text", autoComplete: "off" },
  { name: "password", label: "Password", type: "password", autoComplete: "new-password" },
] as const;

export function NewUserForm() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const input = Object.fromEntries(new FormData(form).entries());
    setPending(true);
    const res = await createUserAction(input).finally(() => setPending(false));
    if (!res.ok) {
      setErrors(res.fieldErrors ?? {});
      setMessage({ kind: "error", text: res.error });
      return;
    }
    setErrors({});
    setMessage({ kind: "ok", text: `Created ${res.data.email} (${res.data.role.toLowerCase()}). Give them their password in person or by phone.` });
    form.reset();
  };

  return (
    <form className="admin-form panel" aria-labelledby="new-user-h" onSubmit={submit} noValidate>
      <h2 id="new-user-h">New user</h2>
      <div role="alert">{message?.kind === "error" ? <p className="form-error">{message.text}</p> : null}</div>
      <div role="status">{message?.kind === "ok" ? <p className="notice notice-ok">{message.text}</p> : null}</div>
      <div className="grid-fields">
        {FIELDS.map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`user-${f.name}`}>{f.label}</label>
            <input
              id={`user-${f.name}`}
              name={f.name}
              type={f.type}
              required
              autoComplete={f.autoComplete}
              minLength={f.name === "password" ? 10 : undefined}
              aria-invalid={!!errors[f.name]}
              aria-describedby={errors[f.name] ? `user-${f.name}-err` : undefined}
            />
            <FieldError id={`user-${f.name}-err`} message={errors[f.name]} />
          </div>
        ))}
        <div className="field">
          <label htmlFor="user-role">Role</label>
          <select id="user-role" name="role" defaultValue="WRITER">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r.charAt(0) + r.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Create user
      </button>
    </form>
  );
}

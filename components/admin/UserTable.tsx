"use client";

import { useState } from "react";
import { updateUserAction } from "@/app/(admin)/admin/users/actions";
import type { AdminUser } from "@/lib/admin/list-users";
import { ROLES } from "@/lib/users/schema";

type Row = Omit<AdminUser, "createdAt"> & { createdAt: string };
const ROLE_LABEL = { ADMIN: "Admin", EDITOR: "Editor", WRITER: "Writer" } as const;

/** Change role, disable, enable. You cannot lock yourself out (the server refuses it too). */
export function UserTable({ users, selfId }: { users: Row[]; selfId: string }) {
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const update = async (u: Row, patch: { role?: Row["role"]; disabled?: boolean }, done: string) => {
    setBusy(u.id);
    const res = await updateUserAction({ userId: u.id, ...patch }).finally(() => setBusy(null));
    setMessage(res.ok ? { kind: "ok", text: done } : { kind: "error", text: res.error });
  };

  return (
    <>
      <div role="alert">{message?.kind === "error" ? <p className="notice notice-error">{message.text}</p> : null}</div>
      <div role="status">{message?.kind === "ok" ? <p className="notice notice-ok">{message.text}</p> : null}</div>
      <table className="story-table user-table">
        <caption className="sr-only">Users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.disabled ? "row-disabled" : undefined}>
              <th scope="row">{u.name}</th>
              <td data-label="Email">{u.email}</td>
              <td data-label="Role">
                <label className="sr-only" htmlFor={`role-${u.id}`}>
                  Role of {u.name}
                </label>
                <select
                  id={`role-${u.id}`}
                  value={u.role}
                  disabled={u.id === selfId || busy === u.id}
                  onChange={(e) => void update(u, { role: e.target.value as Row["role"] }, `${u.name} is now ${ROLE_LABEL[e.target.value as Row["role"]]}.`)}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABEL[r]}
                    </option>
                  ))}
                </select>
              </td>
              <td data-label="Account">
                {u.disabled ? <span className="status status-unpublished">Disabled</span> : <span className="status status-published">Active</span>}{" "}
                {u.id === selfId ? (
                  <span className="admin-muted">(you)</span>
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy === u.id}
                    onClick={() => void update(u, { disabled: !u.disabled }, `${u.name} is ${u.disabled ? "enabled" : "disabled"}.`)}
                  >
                    {u.disabled ? "Enable" : "Disable"}
                    <span className="sr-only"> {u.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

import type { Metadata } from "next";
import { NewUserForm } from "@/components/admin/NewUserForm";
import { UserTable } from "@/components/admin/UserTable";
import { listUsers } from "@/lib/admin/list-users";
import { requirePageActor } from "@/lib/admin/page-actor";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor("/admin/users");
  if (!can(actor.role, "user.manage")) {
    return (
      <>
        <h1>Users</h1>
        <p role="alert" className="notice notice-error">
          Only admins can manage users.
        </p>
      </>
    );
  }
  const users = await listUsers(actor);
  return (
    <>
      <div className="page-head">
        <h1>Users</h1>
      </div>
      <p className="admin-muted">Role changes and disabling take effect on the user’s next request: their open sessions end at once, and a new role applies from their next sign-in.</p>
      <UserTable users={users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }))} selfId={actor.id} />
      <NewUserForm />
    </>
  );
}

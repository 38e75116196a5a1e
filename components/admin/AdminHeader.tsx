import Link from "next/link";
import { can, type Role } from "@/lib/auth/permissions";
import { AdminNav } from "./AdminNav";
import { SignOutButton } from "./SignOutButton";

const ROLE_LABEL: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", WRITER: "Writer" };

export function AdminHeader({ name, role }: { name: string; role: Role }) {
  const links = [
    { href: "/admin", label: "Stories" },
    { href: "/admin/feeds", label: "Feeds" },
    ...(can(role, "user.manage") ? [{ href: "/admin/users", label: "Users" }] : []),
    ...(can(role, "story.restore") ? [{ href: "/admin/trash", label: "Trash" }] : []),
    ...(can(role, "audit.read") ? [{ href: "/admin/audit", label: "Audit log" }] : []),
  ];
  return (
    <header className="admin-header">
      <div className="admin-header-inner">
        <Link href="/admin" className="admin-brand">
          Newsroom <span className="admin-brand-sub">admin</span>
        </Link>
        <AdminNav links={links} />
        <div className="admin-user">
          <span className="admin-user-name">
            {name} <span className="role-badge">{ROLE_LABEL[role]}</span>
          </span>
          <Link href="/" className="admin-view-site">
            View site
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}

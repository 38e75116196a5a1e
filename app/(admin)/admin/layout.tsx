import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/AdminHeader";
import { currentActor } from "@/lib/auth/current-actor";
import "@/components/admin/admin.css";

// The admin shell. The session is re-read from the database (currentActor), so a disabled
// account is sent away on its next request. Pages repeat the check (requirePageActor): layouts
// are not re-rendered on every client-side navigation.

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin" }, robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/login?callbackUrl=%2Fadmin");
  return (
    <div className="admin">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AdminHeader name={actor.name} role={actor.role} />
      <main id="main" tabIndex={-1} className="admin-main">
        {children}
      </main>
    </div>
  );
}

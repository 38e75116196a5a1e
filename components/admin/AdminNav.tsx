"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The current section is marked for screen readers too (aria-current). */
export function AdminNav({ links }: { links: { href: string; label: string }[] }) {
  const path = usePathname() ?? "";
  const active = (href: string) => (href === "/admin" ? path === "/admin" || path.startsWith("/admin/stories") : path.startsWith(href));
  return (
    <nav aria-label="Admin" className="admin-nav">
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={active(l.href) ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/LoginForm";
import { safeCallbackUrl } from "@/lib/admin/safe-callback";
import { currentActor } from "@/lib/auth/current-actor";
import "@/components/admin/admin.css";

export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  // Already signed in (and still allowed): nothing to do here.
  if (await currentActor()) redirect(callbackUrl);
  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <h1>Sign in</h1>
        <p className="admin-muted">Newsroom editors and writers.</p>
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}

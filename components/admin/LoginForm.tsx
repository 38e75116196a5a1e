"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";

// next-auth's credentials sign-in without its redirect, so errors stay on this page: the message
// thrown by authorize (wrong password, too many attempts) arrives as `error`.

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        callbackUrl,
      });
      if (!res || res.error || !res.ok) {
        setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "Email or password is incorrect.");
        passwordRef.current?.select();
        setPending(false);
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="admin-form login-form" noValidate={false}>
      <div role="alert" className={error ? "form-error" : "form-error empty"}>
        {error}
      </div>
      <div className="field">
        <label htmlFor="login-email">Email</label>
        <input id="login-email" name="email" type="email" autoComplete="username" required autoFocus maxLength={320} />
      </div>
      <div className="field">
        <label htmlFor="login-password">Password</label>
        <input id="login-password" ref={passwordRef} name="password" type="password" autoComplete="current-password" required maxLength={1000} />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";

export const SESSION_MAX_AGE = 8 * 60 * 60; // a working day

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const res = await authenticate(credentials, clientIp(req?.headers));
        if (res.ok) return { id: res.user.id, email: res.user.email, name: res.user.name, role: res.user.role, sv: res.user.sessionVersion };
        if (res.reason === "locked") {
          const minutes = Math.max(1, Math.ceil((res.retryAfterMs ?? 0) / 60_000));
          throw new Error(`Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
        }
        throw new Error("Email or password is incorrect.");
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: string; sv: number };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sv;
      }
      return token;
    },
    async session({ session, token }) {
      (session as unknown as { uid: unknown; role: unknown }).uid = token.uid;
      (session as unknown as { uid: unknown; role: unknown }).role = token.role;
      return session;
    },
  },
};

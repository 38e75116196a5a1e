import NextAuth from "next-auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { resetDb } from "../helpers";

// The session cookie's flags when the site is served over https (production), through next-auth's
// real sign-in handler with our options: __Secure- prefixed, Secure, HttpOnly, SameSite=Lax.
// (The e2e suite checks the same cookie over plain http, where it cannot be Secure.)

const SITE = "https://news.example";
const saved = process.env.NEXTAUTH_URL;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = SITE;
  process.env.NEXTAUTH_SECRET ??= "integration-secret-integration-secret";
  await resetDb();
  await prisma().user.create({ data: { email: "desk@test.local", name: "Desk", role: "EDITOR", passwordHash: await hashPassword("correct-horse-battery") } });
});
afterAll(() => {
  process.env.NEXTAUTH_URL = saved;
});

/** next-auth's real API handler, given a request and a response that records what it sends. */
async function call(action: string[], req: { method: string; body?: Record<string, string>; cookies?: Record<string, string> }) {
  const sent = { status: 0, setCookie: [] as string[], body: undefined as unknown };
  const res = {
    status(code: number) {
      sent.status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      if (name.toLowerCase() === "set-cookie") sent.setCookie.push(...([] as string[]).concat(value));
      return res;
    },
    getHeader: (name: string) => (name.toLowerCase() === "set-cookie" ? sent.setCookie : undefined),
    send: (body: unknown) => void (sent.body = body),
    json: (body: unknown) => void (sent.body = body),
    end: () => undefined,
  };
  const request = { query: { nextauth: action }, headers: { host: "news.example", "x-forwarded-for": "192.0.2.10" }, cookies: {}, ...req };
  await NextAuth(request as never, res as never, authOptions);
  return sent;
}

describe("session cookie over https", () => {
  it("is __Secure-, Secure, HttpOnly and SameSite=Lax", async () => {
    const csrf = await call(["csrf"], { method: "GET" });
    const csrfCookie = csrf.setCookie.find((c) => c.startsWith("__Host-next-auth.csrf-token="))!;
    expect(csrfCookie).toMatch(/; HttpOnly/);
    expect(csrfCookie).toMatch(/; Secure/);
    const [name, value] = csrfCookie.split(";")[0].split("=");

    const signIn = await call(["callback", "credentials"], {
      method: "POST",
      cookies: { [name]: decodeURIComponent(value) },
      body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, email: "desk@test.local", password: "correct-horse-battery", json: "true" },
    });
    const session = signIn.setCookie.find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session, signIn.setCookie.join("\n")).toBeDefined();
    const flags = session!.split(";").slice(1).map((f) => f.trim().toLowerCase());
    expect(flags).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));
  });
});

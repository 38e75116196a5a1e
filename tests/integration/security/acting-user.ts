import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";

// The request an action is answering, for integration tests only: test files replace
// `next/headers` with this module (vi.mock), so nothing here is reachable from the app. The
// session cookie itself is real: a next-auth JWT signed with the secret the app verifies against.

export const TEST_SECRET = "integration-secret-integration-secret";
process.env.NEXTAUTH_SECRET = TEST_SECRET;

const request = { cookie: "" };

export async function headers(): Promise<Headers> {
  return new Headers(request.cookie ? { cookie: request.cookie } : {});
}

export async function cookies() {
  const all = request.cookie ? request.cookie.split("; ").map((kv) => ({ name: kv.slice(0, kv.indexOf("=")), value: kv.slice(kv.indexOf("=") + 1) })) : [];
  return { getAll: () => all, get: (name: string) => all.find((c) => c.name === name) };
}

/** The session next-auth would have issued to this user at sign-in (uid, role, session version). */
export async function actAs(userId: string): Promise<void> {
  const u = await prisma().user.findUniqueOrThrow({ where: { id: userId } });
  const token = await encode({ token: { uid: u.id, role: u.role, sv: u.sessionVersion }, secret: TEST_SECRET });
  request.cookie = `next-auth.session-token=${token}`;
}

export function actAnonymously(): void {
  request.cookie = "";
}

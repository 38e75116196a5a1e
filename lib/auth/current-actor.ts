import { cookies, headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record-audit";
import { assertCan, type Permission } from "./permissions";

export class UnauthenticatedError extends Error {
  constructor() {
    super("Please sign in again: your session has ended.");
  }
}

/**
 * The signed-in user, re-read from the database on every request: a disabled account, a changed
 * role or a bumped session version takes effect at once, not when the token expires.
 */
export async function currentActor(): Promise<(Actor & { name: string }) | null> {
  const token = await getToken({
    req: { headers: Object.fromEntries((await headers()).entries()), cookies: Object.fromEntries((await cookies()).getAll().map((c) => [c.name, c.value])) } as never,
    secret: process.env.NEXTAUTH_SECRET,
  });
  const uid = token?.uid as string | undefined;
  if (!uid) return null;
  const user = await prisma().user.findUnique({ where: { id: uid } });
  if (!user || user.disabled || user.sessionVersion !== token?.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For server actions and admin data functions: signed in, allowed, or an error. */
export async function requireActor(permission?: Permission): Promise<Actor & { name: string }> {
  const actor = await currentActor();
  if (!actor) throw new UnauthenticatedError();
  if (permission) assertCan(actor.role, permission);
  return actor;
}

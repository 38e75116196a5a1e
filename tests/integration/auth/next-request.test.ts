import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import { runAction } from "@/lib/actions/run-action";
import { currentActor, requireActor, UnauthenticatedError } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/auth/permissions";
import { updateUser } from "@/lib/users/update-user";
import { makeActor, resetDb } from "../helpers";

// A disabled account or a changed role takes effect on the user's next request, not when their
// token expires: every request re-reads the user (currentActor) and compares the session version.

const SECRET = "integration-secret-integration-secret";
process.env.NEXTAUTH_SECRET = SECRET;

// The request the server action or page is answering: only its cookie matters here.
const request = { cookie: "" };
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.cookie ? { cookie: request.cookie } : {}),
  cookies: async () => ({
    getAll: () =>
      request.cookie
        ? request.cookie.split("; ").map((kv) => ({ name: kv.slice(0, kv.indexOf("=")), value: kv.slice(kv.indexOf("=") + 1) }))
        : [],
  }),
}));

/** Signs the user in as next-auth would: a session cookie carrying uid, role and session version. */
async function signedInAs(userId: string) {
  const u = await prisma().user.findUniqueOrThrow({ where: { id: userId } });
  const token = await encode({ token: { uid: u.id, role: u.role, sv: u.sessionVersion }, secret: SECRET });
  request.cookie = `next-auth.session-token=${token}`;
}

const publishLike = (input: unknown) => runAction("story.publish", z.object({}), input, async () => "done");

beforeEach(async () => {
  await resetDb();
  request.cookie = "";
});

describe("the next request sees account changes", () => {
  it("no cookie or a forged one is nobody", async () => {
    expect(await currentActor()).toBeNull();
    request.cookie = "next-auth.session-token=not-a-token";
    expect(await currentActor()).toBeNull();
    expect(await publishLike({})).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("a role change ends the open session at once; signing in again carries the new role", async () => {
    const admin = await makeActor("ADMIN");
    const user = await makeActor("WRITER");
    await signedInAs(user.id);
    expect(await currentActor()).toMatchObject({ id: user.id, role: "WRITER" });
    expect(await publishLike({})).toMatchObject({ ok: false, code: "forbidden" });

    await updateUser(admin, { userId: user.id, role: "EDITOR" });
    // Same cookie, next request: the old session no longer counts.
    expect(await currentActor()).toBeNull();
    await expect(requireActor("story.read")).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await publishLike({})).toMatchObject({ ok: false, code: "unauthenticated" });

    await signedInAs(user.id);
    expect(await currentActor()).toMatchObject({ role: "EDITOR" });
    expect(await publishLike({})).toEqual({ ok: true, data: "done" });
  });

  it("a demotion made outside the admin (no session bump) still counts on the next request", async () => {
    const user = await makeActor("EDITOR");
    await signedInAs(user.id);
    expect(await publishLike({})).toEqual({ ok: true, data: "done" });
    await prisma().user.update({ where: { id: user.id }, data: { role: "WRITER" } });
    expect(await currentActor()).toMatchObject({ role: "WRITER" });
    await expect(requireActor("story.publish")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await publishLike({})).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a disabled user is signed out on the next request, even with a fresh token", async () => {
    const admin = await makeActor("ADMIN");
    const user = await makeActor("EDITOR");
    await signedInAs(user.id);
    expect(await currentActor()).not.toBeNull();
    await updateUser(admin, { userId: user.id, disabled: true });
    expect(await currentActor()).toBeNull();
    // A token minted after the disable (the current session version) does not help either.
    await signedInAs(user.id);
    expect(await currentActor()).toBeNull();
    expect(await publishLike({})).toMatchObject({ ok: false, code: "unauthenticated" });

    await updateUser(admin, { userId: user.id, disabled: false });
    await signedInAs(user.id);
    expect(await currentActor()).toMatchObject({ id: user.id, role: "EDITOR" });
  });
});

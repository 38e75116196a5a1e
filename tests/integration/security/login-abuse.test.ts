import argon2 from "argon2";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { ACCOUNT_LIMIT, IP_LIMIT, lockRemaining } from "@/lib/auth/rate-limit";
import { resetDb } from "../helpers";

// Sign-in abuse against the real limiter (attempts counted in Postgres): an account locks after
// 5 failures whatever addresses they come from, an address after 20 failures whatever accounts
// it tries; the lock grows with every further attempt, a correct password during it is refused,
// every attempt is audited, and an unknown email costs the same argon2 verification as a known one.

const PASSWORD = "correct-horse-battery";
const EMAIL = "reporter@test.local";

beforeEach(async () => {
  await resetDb();
  await prisma().user.create({ data: { email: EMAIL, name: "Reporter", role: "WRITER", passwordHash: await hashPassword(PASSWORD) } });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const attempt = (password: string, ip: string, email = EMAIL) => authenticate({ email, password }, ip);
const seconds = (ms: number | undefined) => Math.round((ms ?? 0) / 1000);

describe("per-account limit", () => {
  it("locks after 5 failures from rotating addresses, refuses the right password, and the lock doubles", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT; i++) expect(await attempt("wrong", `198.51.100.${i}`)).toEqual({ ok: false, reason: "invalid" });

    const first = await attempt(PASSWORD, "198.51.100.200");
    expect(first).toMatchObject({ ok: false, reason: "locked" });
    // 30 s after the 5th failure; the refused attempt itself counts, so the next lock is 60 s, then 120 s.
    expect(seconds(first.ok ? 0 : first.retryAfterMs)).toBeGreaterThanOrEqual(28);
    expect(seconds(first.ok ? 0 : first.retryAfterMs)).toBeLessThanOrEqual(30);
    const second = await attempt(PASSWORD, "198.51.100.201");
    expect(seconds(second.ok ? 0 : second.retryAfterMs)).toBeGreaterThanOrEqual(58);
    expect(seconds(second.ok ? 0 : second.retryAfterMs)).toBeLessThanOrEqual(60);
    const third = await attempt(PASSWORD, "198.51.100.202");
    expect(seconds(third.ok ? 0 : third.retryAfterMs)).toBeGreaterThanOrEqual(118);
    expect(seconds(third.ok ? 0 : third.retryAfterMs)).toBeLessThanOrEqual(120);

    // That refused attempt counted too (8 failures: 240 s). Once it has passed, the right password
    // works again and resets the account's count.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 241_000 });
    expect(await attempt(PASSWORD, "198.51.100.203")).toMatchObject({ ok: true });
    vi.useRealTimers();
    expect(await lockRemaining(EMAIL, "198.51.100.204")).toBe(0);
  });

  it("audits every attempt with its reason and address", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await attempt("wrong", "192.0.2.1");
    await attempt(PASSWORD, "192.0.2.2");
    const events = await prisma().auditEvent.findMany({ where: { actorEmail: EMAIL }, orderBy: { at: "asc" }, select: { action: true, data: true, ip: true } });
    expect(events).toEqual([
      ...Array.from({ length: ACCOUNT_LIMIT }, () => ({ action: "auth.signin_failed", data: { reason: "invalid" }, ip: "192.0.2.1" })),
      { action: "auth.signin_failed", data: { reason: "locked" }, ip: "192.0.2.2" },
    ]);
    expect(await prisma().loginAttempt.count({ where: { email: EMAIL } })).toBe(ACCOUNT_LIMIT + 1);
  });
});

describe("per-address limit", () => {
  it("locks an address after 20 failures across many accounts, even for a right password elsewhere", async () => {
    const ip = "203.0.113.66";
    for (let i = 0; i < IP_LIMIT; i++) expect(await attempt("guess", ip, `nobody${i}@test.local`)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(PASSWORD, ip)).toMatchObject({ ok: false, reason: "locked" });
    const later = await lockRemaining("someone-else@test.local", ip);
    expect(seconds(later)).toBeGreaterThanOrEqual(58);
    // Another address is not affected: the lock is per address, not global.
    expect(await attempt(PASSWORD, "203.0.113.67")).toMatchObject({ ok: true });
  });

  it("counts the address the proxy saw (last X-Forwarded-For hop), not one the client wrote", async () => {
    const authorize = (authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } }).options.authorize;
    for (let i = 0; i < 3; i++) {
      // The client rotates a forged first hop; nginx appends the real address last.
      const headers = { "x-forwarded-for": `10.0.0.${i}, 203.0.113.99` };
      await expect(authorize({ email: `x${i}@test.local`, password: "nope" }, { headers })).rejects.toThrow("Email or password is incorrect.");
    }
    const ips = await prisma().loginAttempt.findMany({ select: { ip: true } });
    expect(ips.map((r) => r.ip)).toEqual(["203.0.113.99", "203.0.113.99", "203.0.113.99"]);
  });
});

describe("unknown emails", () => {
  it("cost one argon2 verification, exactly like a wrong password for a real account", async () => {
    const verify = vi.spyOn(argon2, "verify");
    await attempt("wrong", "192.0.2.50");
    expect(verify).toHaveBeenCalledTimes(1);
    await attempt("wrong", "192.0.2.50", "does-not-exist@test.local");
    expect(verify).toHaveBeenCalledTimes(2);
    // Against a real argon2id hash of the same parameters, not a cheap placeholder.
    expect(String(verify.mock.calls[1][0])).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    // And the answer is the same words either way.
    expect(await attempt("wrong", "192.0.2.51", "ghost@test.local")).toEqual(await attempt("wrong", "192.0.2.52"));
  });
});

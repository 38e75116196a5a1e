import { expect, type Browser, type BrowserContext } from "@playwright/test";
import { hashPassword } from "../../../lib/auth/password";
import { prisma } from "../../../lib/db/client";
import { E2E_PASSWORD, E2E_USERS, type E2eRole } from "../helpers";

// Sessions for the security specs, each obtained through the real sign-in form.

export type Caller = "anonymous" | E2eRole | "disabled";
export const CALLERS: Caller[] = ["anonymous", "writer", "editor", "admin", "disabled"];
export const ROLE_OF = { writer: "WRITER", editor: "EDITOR", admin: "ADMIN" } as const;

async function signInContext(browser: Browser, email: string): Promise<BrowserContext> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin/);
  await page.close();
  return ctx;
}

/**
 * A browser context for each caller. The disabled user signs in while enabled (an admin account,
 * the worst case) and is then disabled in the database without bumping its session version, so
 * its cookie is still a validly signed, unexpired session.
 */
export async function callerContexts(browser: Browser): Promise<Record<Caller, BrowserContext>> {
  const email = `disabled-${Date.now().toString(36)}@test.local`;
  await prisma().user.create({ data: { email, name: "Dee Disabled", role: "ADMIN", passwordHash: await hashPassword(E2E_PASSWORD) } });
  const out = {
    anonymous: await browser.newContext(),
    writer: await signInContext(browser, E2E_USERS.writer.email),
    editor: await signInContext(browser, E2E_USERS.editor.email),
    admin: await signInContext(browser, E2E_USERS.admin.email),
    disabled: await signInContext(browser, email),
  };
  await prisma().user.update({ where: { email }, data: { disabled: true } });
  return out;
}

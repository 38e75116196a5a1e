import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../helpers";

// Admins create users, change their roles and disable them; each change reaches the user's open
// session on its next request. Editors and writers cannot manage users.

test.describe.configure({ mode: "serial" });

const NEW_USER = { name: "Nina Newcomer", email: `nina-${Date.now().toString(36)}@test.local`, password: "a-long-enough-password" };

async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin creates a user, with field errors from the shared schema first", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Name").fill(NEW_USER.name);
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Enter a valid email address", { exact: true })).toBeVisible();
  await expect(form.getByText("Password must be at least 10 characters", { exact: true })).toBeVisible();

  await form.getByLabel("Email").fill(NEW_USER.email);
  await form.getByLabel("Password").fill(NEW_USER.password);
  await form.getByLabel("Role").selectOption({ label: "Writer" });
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toContainText(`Created ${NEW_USER.email} (writer)`);
  const row = page.getByRole("row", { name: new RegExp(NEW_USER.name) });
  await expect(row).toBeVisible();
  await expect(row.getByLabel(`Role of ${NEW_USER.name}`)).toHaveValue("WRITER");
  await expect(row).toContainText("Active");

  // The same email twice is refused on the field.
  await form.getByLabel("Email").fill(NEW_USER.email);
  await form.getByLabel("Name").fill("Someone Else");
  await form.getByLabel("Password").fill(NEW_USER.password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("already in use", { exact: true })).toBeVisible();
});

test("a role change and a disable take effect on the user's next request", async ({ page, browser }) => {
  // The new writer is signed in elsewhere, with no way to publish.
  const theirs = await (await browser.newContext()).newPage();
  await signInAs(theirs, NEW_USER.email, NEW_USER.password);
  await expect(theirs).toHaveURL(/\/admin$/);
  await theirs.getByRole("link", { name: "New story" }).click();
  await expect(theirs.getByRole("button", { name: "Save", exact: true })).toBeVisible();
  await expect(theirs.getByRole("button", { name: "Publish" })).toHaveCount(0);

  await signIn(page, "admin");
  await page.goto("/admin/users");
  const row = page.getByRole("row", { name: new RegExp(NEW_USER.name) });
  await row.getByLabel(`Role of ${NEW_USER.name}`).selectOption("EDITOR");
  await expect(page.getByRole("status").filter({ hasText: `${NEW_USER.name} is now Editor.` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(NEW_USER.name) }).getByLabel(`Role of ${NEW_USER.name}`)).toHaveValue("EDITOR");

  // Their next request: the old session no longer counts; signing in again gives the new role.
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/login/);
  await signInAs(theirs, NEW_USER.email, NEW_USER.password);
  await expect(theirs).toHaveURL(/\/admin/);
  await theirs.getByRole("link", { name: "New story" }).click();
  await expect(theirs.getByRole("button", { name: "Publish", exact: true })).toBeVisible();

  // Disabled: out at once, and the password no longer works.
  await page.getByRole("row", { name: new RegExp(NEW_USER.name) }).getByRole("button", { name: `Disable ${NEW_USER.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${NEW_USER.name} is disabled.` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(NEW_USER.name) })).toContainText("Disabled");
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/login/);
  await signInAs(theirs, NEW_USER.email, NEW_USER.password);
  await expect(theirs.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Email or password is incorrect.");

  // Enabled again, they can sign in.
  await page.getByRole("row", { name: new RegExp(NEW_USER.name) }).getByRole("button", { name: `Enable ${NEW_USER.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${NEW_USER.name} is enabled.` })).toBeVisible();
  await signInAs(theirs, NEW_USER.email, NEW_USER.password);
  await expect(theirs).toHaveURL(/\/admin$/);
  await theirs.context().close();
});

test("an admin cannot lock themselves out, and editors cannot manage users", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const self = page.getByRole("row", { name: /Ada Admin/ });
  await expect(self.getByLabel("Role of Ada Admin")).toBeDisabled();
  await expect(self.getByRole("button", { name: /Disable/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "editor");
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Only admins can manage users.");
  await expect(page.getByRole("form", { name: "New user" })).toHaveCount(0);
});

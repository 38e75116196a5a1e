import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "../support/prepare-e2e-db";
import { SYSTEM_ACTOR } from "../../lib/audit/record-audit";
import { unpublishStory as unpublish } from "../../lib/stories/unpublish-story";
import { publishStory as publish } from "../../lib/stories/publish-story";
import { prisma } from "../../lib/db/client";

export { E2E_PASSWORD, E2E_USERS };
export type E2eRole = keyof typeof E2E_USERS;

/** Signs in through the real form. */
export async function signIn(page: Page, role: E2eRole): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_USERS[role].email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin/);
}

export const SEED_SLUG = "second-seoul-tokyo-summit-in-nara-deepens-security-economic-ties-and-humanitarian-cooperation";

async function storyId(slug: string): Promise<string> {
  const s = await prisma().story.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return s.id;
}

/** Direct lib calls for test set-up (the e2e runner gives DATABASE_URL). */
export async function unpublishStory(slug: string): Promise<void> {
  await unpublish(SYSTEM_ACTOR, await storyId(slug));
}
export async function republishStory(slug: string): Promise<void> {
  await publish(SYSTEM_ACTOR, await storyId(slug), { allowIncompleteSources: true });
}

import { redirect } from "next/navigation";
import type { Actor } from "@/lib/audit/record-audit";
import { currentActor } from "@/lib/auth/current-actor";

export type PageActor = Actor & { name: string };

/**
 * Every admin page calls this itself: layouts are not re-run on every client navigation, so the
 * layout's check alone would let a disabled user keep browsing. Signed out → the sign-in page,
 * coming back here afterwards.
 */
export async function requirePageActor(callbackPath: string): Promise<PageActor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return actor;
}

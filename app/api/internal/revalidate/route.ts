import { revalidatePath } from "next/cache";
import { z } from "zod";
import { tags } from "@/lib/cache/tags";
import { revalidateTags } from "@/lib/cache/revalidate";
import { isSelfRevalidateToken, REVALIDATE_HEADER } from "@/lib/cache/self-revalidate";

// Called only by this process's own cache listener (lib/cache/self-revalidate.ts).
const body = z.object({ tags: z.array(z.string().min(1).max(200)).max(1000) });

export async function POST(req: Request) {
  if (!isSelfRevalidateToken(req.headers.get(REVALIDATE_HEADER))) return new Response(null, { status: 404 });
  const parsed = body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return new Response("bad request", { status: 400 });
  revalidateTags(parsed.data.tags);
  // Start-up expiry: also every page rendered at build time or by an earlier process.
  if (parsed.data.tags.includes(tags.all)) revalidatePath("/", "layout");
  return new Response(null, { status: 204 });
}

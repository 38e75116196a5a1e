import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

export async function findStoryIdBySlug(slug: string): Promise<string> {
  const s = await prisma().story.findUnique({ where: { slug }, select: { id: true } });
  if (!s) throw new NotFoundError(`No story with the address ${slug}.`);
  return s.id;
}

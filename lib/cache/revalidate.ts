import { revalidateTag } from "next/cache";

/**
 * Expires the tagged entries at once (not stale-while-revalidate): the next reader gets the
 * published change, which is what an editor who just pressed Publish expects.
 */
export function revalidateTags(tagList: string[]): void {
  for (const tag of new Set(tagList)) revalidateTag(tag, { expire: 0 });
}

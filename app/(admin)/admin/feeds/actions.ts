"use server";

import { runAction } from "@/lib/actions/run-action";
import { revalidateTags } from "@/lib/cache/revalidate";
import { createFeed } from "@/lib/feeds/create-feed";
import { renameFeed } from "@/lib/feeds/rename-feed";
import { reorderFeeds } from "@/lib/feeds/reorder-feeds";
import { createFeedInput, renameFeedInput, reorderFeedsInput } from "@/lib/feeds/schema";
import { revalidatePath } from "next/cache";

// Feed management: the lib functions check permission, validate and audit in one transaction;
// here the admin page and this instance's public cache are refreshed.

export async function createFeedAction(input: unknown) {
  return runAction("feed.manage", createFeedInput, input, async (actor, data) => {
    const { feed, tags } = await createFeed(actor, data);
    revalidateTags(tags);
    revalidatePath("/admin/feeds");
    return feed;
  });
}

export async function renameFeedAction(input: unknown) {
  return runAction("feed.manage", renameFeedInput, input, async (actor, data) => {
    const { feed, tags } = await renameFeed(actor, data);
    revalidateTags(tags);
    revalidatePath("/admin/feeds");
    return feed;
  });
}

export async function reorderFeedsAction(input: unknown) {
  return runAction("feed.manage", reorderFeedsInput, input, async (actor, data) => {
    const { tags } = await reorderFeeds(actor, data);
    revalidateTags(tags);
    revalidatePath("/admin/feeds");
    return null;
  });
}

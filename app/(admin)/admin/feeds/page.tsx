import type { Metadata } from "next";
import { FeedManager } from "@/components/admin/FeedManager";
import { listFeeds } from "@/lib/admin/list-feeds";
import { requirePageActor } from "@/lib/admin/page-actor";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Feeds" };

export default async function FeedsPage() {
  const actor = await requirePageActor("/admin/feeds");
  const feeds = await listFeeds(actor);
  const canManage = can(actor.role, "feed.manage");
  return (
    <>
      <div className="page-head">
        <h1>Feeds</h1>
      </div>
      <p className="admin-muted">
        Feeds list stories for readers, in this order. “Top Headlines” is the home page.
        {canManage ? null : " Only editors and admins can change feeds."}
      </p>
      <FeedManager feeds={feeds} canManage={canManage} />
    </>
  );
}

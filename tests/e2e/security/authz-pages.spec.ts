import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { can, type Permission } from "../../../lib/auth/permissions";
import { prisma } from "../../../lib/db/client";
import { SEED_SLUG } from "../helpers";
import { CALLERS, ROLE_OF, callerContexts, type Caller } from "./sessions";

// The authorization matrix of the admin pages and route handlers, through the real HTTP stack of
// the production build. Pages and routes are found on disk, so a new one without a row here
// fails. Signed-out and disabled callers are sent to the sign-in page; signed-in roles see the
// page's content exactly when lib/auth/permissions.ts allows it, else the page's refusal.

const ROOT = path.resolve(__dirname, "../../..");

/** Route path → the permission for its content, and what a signed-in caller without it sees. */
const PAGES: Record<string, { permission: Permission; refusal?: string }> = {
  "/admin": { permission: "story.read" },
  "/admin/stories/new": { permission: "story.create" },
  "/admin/stories/[id]": { permission: "story.read" },
  "/admin/stories/[id]/history": { permission: "story.read" },
  "/admin/stories/[id]/preview": { permission: "story.read" },
  "/admin/feeds": { permission: "story.read" },
  "/admin/users": { permission: "user.manage", refusal: "Only admins can manage users." },
  "/admin/audit": { permission: "audit.read", refusal: "Only admins can read the audit log." },
  "/admin/trash": { permission: "story.restore", refusal: "Only editors and admins can see deleted stories." },
};

/** What a page shows only to those allowed to change things there (beyond reading it). */
const EXTRA: Record<string, { permission: Permission; refusal: string }> = {
  "/admin/feeds": { permission: "feed.manage", refusal: "Only editors and admins can change feeds." },
};

/** Route handler → method and status, the same for every caller (none depends on a session). */
const ROUTES: Record<string, { method: "GET" | "POST"; status: number; why: string }> = {
  "/api/auth/[...nextauth]": { method: "GET", status: 200, why: "next-auth's own endpoints (session, csrf): public by design" },
  "/api/internal/revalidate": { method: "POST", status: 404, why: "only with this process's own secret token, never a session" },
  "/atom.xml": { method: "GET", status: 200, why: "public feed" },
  "/rss.xml": { method: "GET", status: 200, why: "public feed" },
  "/feeds/[slug]/atom.xml": { method: "GET", status: 200, why: "public feed" },
  "/feeds/[slug]/rss.xml": { method: "GET", status: 200, why: "public feed" },
};

function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesNamed(path.join(dir, e.name), name) : e.name === name ? [path.join(dir, e.name)] : []));
}
/** app/(admin)/admin/stories/[id]/page.tsx → /admin/stories/[id] (route groups dropped). */
function routeOf(file: string): string {
  const rel = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
  return "/" + rel.filter((s) => !/^\(.*\)$/.test(s)).join("/");
}

test.describe.configure({ mode: "serial" });

test("every admin page and route handler on disk has a rule here", () => {
  const pages = filesNamed(path.join(ROOT, "app"), "page.tsx").map(routeOf).filter((r) => r.startsWith("/admin"));
  expect(pages.sort()).toEqual(Object.keys(PAGES).sort());
  const routes = filesNamed(path.join(ROOT, "app"), "route.ts").map(routeOf);
  expect(routes.sort()).toEqual(Object.keys(ROUTES).sort());
});

test("admin pages: allowed exactly per the permission table, for each caller", async ({ browser }) => {
  test.setTimeout(180_000);
  const contexts = await callerContexts(browser);
  const story = await prisma().story.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { id: true } });
  const seen: Record<string, Record<Caller, string>> = {};
  const expected: Record<string, Record<Caller, string>> = {};
  for (const [route, rule] of Object.entries(PAGES)) {
    const url = route.replace("[id]", story.id);
    seen[route] = {} as Record<Caller, string>;
    expected[route] = {} as Record<Caller, string>;
    for (const caller of CALLERS) {
      const res = await contexts[caller].request.get(url);
      const html = await res.text();
      const landed = new URL(res.url()).pathname;
      let verdict: string;
      if (landed === "/login") verdict = "sign-in";
      else if (res.status() !== 200) verdict = `status ${res.status()}`;
      else if (rule.refusal && html.includes(rule.refusal)) verdict = "refused";
      else verdict = "allowed";
      const extra = EXTRA[route];
      if (verdict === "allowed" && extra) verdict = html.includes(extra.refusal) ? "allowed, read-only" : "allowed, may change";
      seen[route][caller] = verdict;

      if (caller === "anonymous" || caller === "disabled") expected[route][caller] = "sign-in";
      else {
        const role = ROLE_OF[caller];
        expected[route][caller] = !can(role, rule.permission) ? "refused" : extra ? (can(role, extra.permission) ? "allowed, may change" : "allowed, read-only") : "allowed";
      }
    }
  }
  expect(seen).toEqual(expected);
  for (const ctx of Object.values(contexts)) await ctx.close();
});

test("route handlers answer every caller alike", async ({ browser }) => {
  const contexts = await callerContexts(browser);
  const feed = await prisma().feed.findFirstOrThrow({ where: { stories: { some: {} } }, select: { slug: true } });
  for (const [route, rule] of Object.entries(ROUTES)) {
    const url = route.replace("[...nextauth]", "session").replace("[slug]", feed.slug);
    for (const caller of CALLERS) {
      const req = contexts[caller].request;
      const res = rule.method === "GET" ? await req.get(url) : await req.post(url, { data: { tags: ["all"] } });
      expect(res.status(), `${rule.method} ${url} as ${caller} (${rule.why})`).toBe(rule.status);
    }
  }
  for (const ctx of Object.values(contexts)) await ctx.close();
});

import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { PERMISSIONS, type Permission, type Role } from "@/lib/auth/permissions";
import { makeActor, resetDb } from "../helpers";
import { actAnonymously, actAs } from "./acting-user";

vi.mock("next/headers", () => import("./acting-user"));

// The authorization matrix of every server action. Actions are found in the code (every
// "use server" module under app/), not listed by hand, so a new action without a row in
// EXPECTED fails this suite. Each is called as anonymous, WRITER, EDITOR, ADMIN and a disabled
// user with an input that fails validation: a permitted caller gets as far as the schema
// ("invalid"), a refused one is stopped before it ("unauthenticated" / "forbidden"), and nothing
// is written either way.

const ROOT = path.resolve(__dirname, "../../..");

/** Export name → the permission it requires (per input shape where the action decides). */
const EXPECTED: Record<string, { permission: Permission; input: unknown }[]> = {
  saveStoryAction: [
    { permission: "story.create", input: { document: {} } },
    { permission: "story.edit", input: { storyId: "s1", document: {} } },
  ],
  loadStoryAction: [{ permission: "story.read", input: {} }],
  publishStoryAction: [{ permission: "story.publish", input: {} }],
  unpublishStoryAction: [{ permission: "story.unpublish", input: {} }],
  restoreRevisionAction: [{ permission: "story.edit", input: {} }],
  conflictChangesAction: [{ permission: "story.read", input: {} }],
  correctStoryAction: [{ permission: "story.correct", input: {} }],
  deleteStoryAction: [{ permission: "story.delete", input: {} }],
  restoreStoryAction: [{ permission: "story.restore", input: {} }],
  purgeStoryAction: [{ permission: "story.purge", input: {} }],
  scheduleStoryAction: [{ permission: "story.schedule", input: {} }],
  clearScheduleAction: [{ permission: "story.schedule", input: {} }],
  revisionDocumentAction: [{ permission: "story.read", input: {} }],
  createFeedAction: [{ permission: "feed.manage", input: {} }],
  renameFeedAction: [{ permission: "feed.manage", input: {} }],
  reorderFeedsAction: [{ permission: "feed.manage", input: {} }],
  createUserAction: [{ permission: "user.manage", input: {} }],
  updateUserAction: [{ permission: "user.manage", input: {} }],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") || e.name === "generated" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}
const isServerModule = (file: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(fs.readFileSync(file, "utf8"));

type Action = (input: unknown) => Promise<{ ok: boolean; code?: string }>;
const actions = new Map<string, Action>();
const callers: Record<string, string | null> = {};

beforeAll(async () => {
  await resetDb();
  for (const file of sourceFiles(path.join(ROOT, "app")).filter(isServerModule)) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") actions.set(name, value as Action);
  }
  for (const role of ["WRITER", "EDITOR", "ADMIN"] as const) callers[role] = (await makeActor(role)).id;
  const disabled = await makeActor("ADMIN");
  callers.disabled = disabled.id;
  callers.anonymous = null;
  // Disabled after its session was issued, and without a session-version bump: the worst case.
  await prisma().user.update({ where: { id: disabled.id }, data: { disabled: true } });
});

async function rowCounts() {
  const db = prisma();
  return Promise.all([db.story.count(), db.storyRevision.count(), db.feed.count(), db.user.count(), db.auditEvent.count()]);
}

describe("server action authorization matrix", () => {
  it("finds the actions in the code, and every one has a rule here", () => {
    expect(actions.size).toBeGreaterThanOrEqual(18);
    const unlisted = [...actions.keys()].filter((n) => !(n in EXPECTED));
    expect(unlisted, "server actions without a row in EXPECTED").toEqual([]);
    const stale = Object.keys(EXPECTED).filter((n) => !actions.has(n));
    expect(stale, "rows in EXPECTED for actions that no longer exist").toEqual([]);
  });

  it("only modules named *actions.ts may hold server actions", () => {
    const elsewhere = ["app", "components", "lib"]
      .flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .filter(isServerModule)
      .filter((f) => !/(^|[/-])actions\.ts$/.test(path.basename(f)) && !/\/actions\.ts$/.test(f));
    expect(elsewhere).toEqual([]);
  });

  for (const [name, rows] of Object.entries(EXPECTED)) {
    for (const { permission, input } of rows) {
      it(`${name} (${permission}): allowed for exactly ${PERMISSIONS[permission].join(", ")}`, async () => {
        const action = actions.get(name);
        expect(action, `${name} is exported by a server module`).toBeDefined();
        const before = await rowCounts();
        const seen: Record<string, string | undefined> = {};
        for (const [who, id] of Object.entries(callers)) {
          if (id) await actAs(id);
          else actAnonymously();
          const res = await action!(input);
          expect(res.ok, `${name} as ${who}`).toBe(false);
          seen[who] = res.code;
        }
        const expected = Object.fromEntries(
          Object.keys(callers).map((who) => [
            who,
            who === "anonymous" || who === "disabled" ? "unauthenticated" : (PERMISSIONS[permission] as readonly Role[]).includes(who as Role) ? "invalid" : "forbidden",
          ]),
        );
        expect(seen).toEqual(expected);
        expect(await rowCounts()).toEqual(before);
      });
    }
  }
});

import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { listAudit, listAuditActions, auditFilters } from "@/lib/audit/list-audit";
import { deleteStory, restoreStory } from "@/lib/stories/delete-story";
import { publishStory } from "@/lib/stories/publish-story";
import { saveStory } from "@/lib/stories/save-story";
import { unpublishStory } from "@/lib/stories/unpublish-story";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { makeActor, resetDb, storyDoc } from "../helpers";

beforeEach(resetDb);

describe("audit log", () => {
  it("records sign-ins, publishes, unpublishes, deletes, restores, role and user changes", async () => {
    const admin = await makeActor("ADMIN");
    const ed = await makeActor("EDITOR");
    await prisma().user.update({ where: { id: ed.id }, data: { passwordHash: await hashPassword("correct-horse-battery") } });
    expect((await authenticate({ email: ed.email, password: "correct-horse-battery" }, "10.0.0.1")).ok).toBe(true);
    expect((await authenticate({ email: ed.email, password: "wrong-password" }, "10.0.0.1")).ok).toBe(false);

    const s = await saveStory(ed, { document: storyDoc("Audited", 1) });
    await publishStory(ed, s.id);
    await unpublishStory(ed, s.id);
    await deleteStory(ed, { storyId: s.id });
    await restoreStory(ed, { storyId: s.id });
    const u = await createUser(admin, { email: "new@test.local", name: "New Person", role: "WRITER", password: "long-enough-password" });
    await updateUser(admin, { userId: u.id, role: "EDITOR" });
    await updateUser(admin, { userId: u.id, name: "Renamed Person", disabled: true });

    const { rows } = await listAudit(admin, auditFilters.parse({}));
    const actions = rows.map((r) => r.action).reverse();
    expect(actions).toEqual([
      "auth.signin",
      "auth.signin_failed",
      "story.publish",
      "story.unpublish",
      "story.delete",
      "story.restore",
      "user.create",
      "user.role_change",
      "user.disable",
      "user.update",
    ]);
    const failed = rows.find((r) => r.action === "auth.signin_failed")!;
    expect([failed.actor, failed.ip]).toEqual([ed.email, "10.0.0.1"]);
    expect(rows.find((r) => r.action === "user.role_change")!.data).toEqual({ from: "WRITER", to: "EDITOR" });
  });

  it("a publish that changes nothing for readers is still audited; a trashed story cannot be unpublished", async () => {
    const ed = await makeActor("EDITOR");
    const s = await saveStory(ed, { document: storyDoc("Twice", 1) });
    await publishStory(ed, s.id);
    await publishStory(ed, s.id);
    const publishes = await prisma().auditEvent.findMany({ where: { action: "story.publish" }, orderBy: { at: "asc" } });
    expect(publishes.map((p) => (p.data as { changed: boolean }).changed)).toEqual([true, false]);
    await deleteStory(ed, { storyId: s.id });
    await expect(unpublishStory(ed, s.id)).rejects.toThrow(/deleted/);
  });

  it("is append-only: the database refuses to change or delete an entry", async () => {
    const admin = await makeActor("ADMIN");
    const s = await saveStory(admin, { document: storyDoc("Immutable", 1) });
    await publishStory(admin, s.id);
    const e = await prisma().auditEvent.findFirstOrThrow();
    await expect(prisma().auditEvent.update({ where: { id: e.id }, data: { action: "nothing.happened" } })).rejects.toThrow();
    await expect(prisma().auditEvent.delete({ where: { id: e.id } })).rejects.toThrow();
  });

  it("filters by actor, action (or action prefix) and date range, pages by cursor; admins only", async () => {
    const admin = await makeActor("ADMIN");
    const ed = await makeActor("EDITOR");
    const rows = Array.from({ length: 120 }, (_, i) => ({
      actorId: i % 2 ? ed.id : admin.id,
      actorEmail: i % 2 ? ed.email : admin.email,
      action: i % 3 ? "story.publish" : "user.update",
      entityType: "story",
      at: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 10), 12, i % 10)),
    }));
    await prisma().auditEvent.createMany({ data: rows });
    await expect(listAudit(ed, auditFilters.parse({}))).rejects.toBeInstanceOf(ForbiddenError);

    const p1 = await listAudit(admin, auditFilters.parse({}));
    expect(p1.rows).toHaveLength(50);
    const p2 = await listAudit(admin, auditFilters.parse({ before: p1.next }));
    const p3 = await listAudit(admin, auditFilters.parse({ before: p2.next }));
    expect(p3.rows).toHaveLength(20);
    expect(p3.next).toBeNull();
    const ids = [...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(120);

    const byActor = await listAudit(admin, auditFilters.parse({ actor: ed.email.slice(0, 9) }));
    expect(byActor.rows.every((r) => r.actor === ed.email)).toBe(true);
    const byAction = await listAudit(admin, auditFilters.parse({ action: "user.update" }));
    expect(byAction.rows.every((r) => r.action === "user.update")).toBe(true);
    expect((await listAudit(admin, auditFilters.parse({ action: "user." }))).rows.length).toBe(byAction.rows.length);
    const range = await listAudit(admin, auditFilters.parse({ from: "2026-01-03", to: "2026-01-04" }));
    expect(range.rows).toHaveLength(20);
    expect(range.rows.every((r) => r.at >= new Date("2026-01-03") && r.at < new Date("2026-01-05"))).toBe(true);
    expect(await listAuditActions(admin)).toEqual(["story.publish", "user.update"]);
    // Malformed filters are ignored, not errors.
    expect(auditFilters.parse({ from: "yesterday", action: "DROP TABLE", before: "x" })).toEqual({});
  });
});

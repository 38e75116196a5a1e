import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveStory } from "@/lib/stories/save-story";
import { saveStoryAction } from "@/app/(admin)/admin/stories/actions";
import { body, makeActor, resetDb, storyDoc } from "../helpers";
import { actAs } from "./acting-user";

vi.mock("next/headers", () => import("./acting-user"));

// Hand-crafted ProseMirror JSON sent straight to the save action, as a signed-in writer would
// POST it without the editor: each is refused with a message naming the problem, and the story's
// version, revisions, claims and sources stay exactly as they were.

let storyId = "";
let version = 0;

beforeEach(async () => {
  await resetDb();
  const writer = await makeActor("WRITER");
  const story = await saveStory(writer, { document: storyDoc("Harbour closes after storm") });
  storyId = story.id;
  version = story.version;
  await actAs(writer.id);
});

async function snapshot() {
  const db = prisma();
  const story = await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { version: true, title: true, updatedAt: true } });
  const revisions = await db.storyRevision.count({ where: { storyId } });
  const claims = await db.claim.findMany({ where: { storyId }, select: { body: true, headline: true } });
  const sources = await db.source.count();
  return { story, revisions, claims, sources };
}

/** A save of the stored story whose first claim body is `claimBody`. */
function saveWithClaimBody(claimBody: unknown, extra: Record<string, unknown> = {}) {
  const doc = storyDoc("Harbour closes after storm");
  return saveStoryAction({ storyId, baseVersion: version, document: { ...doc, ...extra, claims: [{ headline: "Crafted", body: claimBody }] } });
}

const para = (...content: unknown[]) => ({ type: "doc", content: [{ type: "paragraph", content }] });

function nested(levels: number) {
  const root: Record<string, unknown> = { type: "doc", content: [] };
  let node = root;
  for (let i = 0; i < levels; i++) {
    const child = { type: "paragraph", content: [] as unknown[] };
    (node.content as unknown[]).push(child);
    node = child;
  }
  return root;
}

const CASES: [string, () => unknown, RegExp][] = [
  ["an unknown node type", () => para({ type: "script", text: "alert(1)" }), /unknown inline node \(allowed: text, citation, hardBreak\)/],
  ["an unknown block type", () => ({ type: "doc", content: [{ type: "image", attrs: { src: "https://evil.example/x.png" } }] }), /expected "paragraph"/],
  ["raw HTML as a node", () => ({ type: "doc", content: [{ type: "html", content: "<img src=x onerror=alert(1)>" }] }), /expected "paragraph"/],
  ["nesting 10,000 levels deep", () => nested(10_000), /nested too deeply/],
  ["a 5 MB body", () => para({ type: "text", text: "x".repeat(5 * 1024 * 1024) }), /too large to save/],
  ["text longer than the limit", () => para({ type: "text", text: "y".repeat(20_001) }), /expected string to have <=20000 characters/],
  ["a mark of an unknown type", () => para({ type: "text", text: "hi", marks: [{ type: "underline" }] }), /unknown mark \(allowed: bold, italic, link\)/],
  ["a bold mark with attributes", () => para({ type: "text", text: "hi", marks: [{ type: "bold", attrs: { onclick: "x" } }] }), /Unrecognized key: "attrs"/],
  ["a link href of the wrong type", () => para({ type: "text", text: "hi", marks: [{ type: "link", attrs: { href: 42 } }] }), /expected string, received number/],
  ["a javascript: link", () => para({ type: "text", text: "hi", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }), /links must be http, https or mailto/],
  ["marks that are not a list", () => para({ type: "text", text: "hi", marks: "bold" }), /expected array, received string/],
  ["text that is not a string", () => para({ type: "text", text: { toString: "x" } }), /expected string, received object/],
  ["a citation whose sourceId is a number", () => para({ type: "text", text: "Said so." }, { type: "citation", attrs: { sourceId: 1 } }), /expected string, received number/],
  ["a citation number that does not exist", () => body("Said so.", 99), /cites a source that is not in this story/],
  ["a body that is a string", () => "<p>hello</p>", /expected object, received string/],
  ["a doc without paragraphs", () => ({ type: "doc", content: [] }), /expected array to have >=1 items/],
];

describe("malformed rich text sent to the save action", () => {
  for (const [what, make, message] of CASES) {
    it(`refuses ${what} and stores nothing`, async () => {
      const before = await snapshot();
      const res = await saveWithClaimBody(make());
      expect(res).toMatchObject({ ok: false, code: "invalid" });
      expect(res.ok ? "" : res.error).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("refuses a citation of another story's source and stores nothing", async () => {
    const other = await saveStory(await makeActor("WRITER"), { document: { ...storyDoc("Another story"), sources: [{ key: "o1", url: null, outlet: "Other Outlet", title: "Theirs", author: null, publishedAt: null }], claims: [{ headline: "Other", body: body("Theirs.") }], timeline: [] } });
    const foreignSourceId = other.document.sources[0].key;
    expect(foreignSourceId).toMatch(/\S/);
    const before = await snapshot();
    const res = await saveWithClaimBody(para({ type: "text", text: "Borrowed." }, { type: "citation", attrs: { sourceId: foreignSourceId } }));
    expect(res).toMatchObject({ ok: false, code: "invalid" });
    expect(res.ok ? "" : res.error).toMatch(/Claim 1 \("Crafted"\) cites a source that is not in this story/);
    expect(await snapshot()).toEqual(before);
  });

  it("still saves a well-formed body (the refusals above are not refusing everything)", async () => {
    const res = await saveWithClaimBody(para({ type: "text", text: "Fine.", marks: [{ type: "bold" }] }, { type: "citation", attrs: { sourceId: "s1" } }));
    expect(res).toMatchObject({ ok: true, data: { version: version + 1 } });
  });
});

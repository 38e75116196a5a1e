import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

// Shared moves of the admin specs, driven by labels and roles the way an editor would work.

export interface SourceFields {
  url: string;
  outlet: string;
  headline: string;
  date?: string;
}

/** The "Add a source" form at the bottom of the Sources panel. */
export async function addSource(page: Page, s: SourceFields): Promise<void> {
  const form = page.getByRole("form", { name: "Add a source" });
  await form.getByLabel("URL").fill(s.url);
  await form.getByLabel("Outlet").fill(s.outlet);
  await form.getByLabel("Headline").fill(s.headline);
  if (s.date) await form.getByLabel("Date").fill(s.date);
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(form.getByLabel("URL")).toHaveValue("");
}

/** The n-th claim's region ("Claim n"), its headline input and its rich-text field. */
export function claim(page: Page, n: number) {
  const region = page.getByRole("region", { name: `Claim ${n}`, exact: true });
  return { region, headline: region.getByLabel("Headline"), text: region.getByRole("textbox", { name: `Claim ${n} Text` }) };
}

export function timelineEntry(page: Page, n: number) {
  const region = page.getByRole("region", { name: `Timeline entry ${n}`, exact: true });
  return { region, date: region.getByLabel("Date"), text: region.getByRole("textbox", { name: `Timeline entry ${n} Text` }) };
}

/** Types into a tiptap field key by key, so input rules ("[2]" → citation) run as for a person. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press("Control+End");
  await field.pressSequentially(text, { delay: 5 });
}

/** Cites a source through the "Cite" picker of a rich-text field, choosing by number or outlet. */
export async function citeWithPicker(page: Page, region: Locator, query: string, option: RegExp): Promise<void> {
  await region.getByRole("button", { name: "Cite" }).click();
  const picker = page.getByRole("dialog", { name: "Cite a source" });
  await picker.getByLabel("Source number or outlet").fill(query);
  await picker.getByRole("button", { name: option }).click();
  await expect(picker).toBeHidden();
}

export async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Published/ })).toBeVisible({ timeout: 20_000 });
}

/** The public page, reloaded until it shows what was just published (cache revalidation is async). */
export async function openPublic(page: Page, slug: string, expected: RegExp): Promise<void> {
  await expect(async () => {
    await page.goto(`/stories/${slug}`);
    await expect(page.locator(".story-meta")).toContainText(expected, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * A server action's id, read from the JavaScript the current page loaded: the client bundle
 * references each action as createServerReference("<id>", …, "<exportName>").
 */
export async function findActionId(page: Page, exportName: string): Promise<string> {
  const srcs = await page.locator("script[src]").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  const re = new RegExp(`createServerReference\\)?\\("([0-9a-f]{20,})"[^)]*?"${exportName}"\\)`);
  for (const src of srcs) {
    const js = await (await page.request.get(src)).text();
    const m = re.exec(js);
    if (m) return m[1];
  }
  throw new Error(`No server action named ${exportName} in the page's scripts`);
}

/** Calls a server action the way the React client does: POST with the Next-Action header. */
export async function callAction(request: APIRequestContext, path: string, actionId: string, arg: unknown): Promise<{ status: number; text: string }> {
  const res = await request.post(path, {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([arg]),
    maxRedirects: 0,
  });
  return { status: res.status(), text: await res.text() };
}

/** The action's result object out of the RSC response ("1:{…}" line). */
export function actionResult(text: string): { ok: boolean; code?: string; error?: string } | null {
  for (const line of text.split("\n")) {
    const m = /^[0-9a-f]+:(\{.*\})$/.exec(line.trim());
    if (!m) continue;
    try {
      const v = JSON.parse(m[1]);
      if (typeof v === "object" && v && "ok" in v) return v;
    } catch {
      /* not JSON */
    }
  }
  return null;
}

/** Visible text of each claim (headline + body) on a public story page. */
export async function publicClaims(page: Page): Promise<string[]> {
  return page.locator(".claim, .timeline li").evaluateAll((els) =>
    els.map((el) => {
      // Without the hover previews (they name the source) and the "New" markers (per reader).
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll(".cite-tip, .new-flag").forEach((x) => x.remove());
      return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
    }),
  );
}

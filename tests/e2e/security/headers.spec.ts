import { expect, test, type Page } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { claim, typeInto } from "../admin/admin-helpers";
import { SEED_SLUG, signIn } from "../helpers";

// Security headers on real responses of the production build, session cookie flags, and the
// admin working under its strict nonce-based CSP with no violation during an editor's flow.

const PUBLIC = ["/", `/stories/${SEED_SLUG}`, "/feeds", "/search?q=summit", "/rss.xml", "/atom.xml", "/sitemap.xml", "/robots.txt", "/api/auth/session", "/stories/no-such-story"];
const STRICT = ["/login", "/admin", "/admin/stories/new", "/admin/users"];

function scriptSrc(csp: string): string {
  return csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
}

test("every response carries nosniff, a referrer policy, HSTS and a CSP", async ({ page }) => {
  await signIn(page, "admin");
  for (const path of [...PUBLIC, ...STRICT]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["strict-transport-security"], path).toMatch(/max-age=\d{7,}/);
    expect(h["content-security-policy"], path).toMatch(/default-src 'self'/);
    expect(h["content-security-policy"], path).toMatch(/object-src 'none'/);
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});

test("admin and sign-in: a strict CSP with a fresh nonce per response that Next's scripts carry", async ({ page }) => {
  await signIn(page, "admin");
  for (const path of STRICT) {
    const [a, b] = [await page.request.get(path), await page.request.get(path)];
    const csp = a.headers()["content-security-policy"];
    const nonce = /'nonce-([A-Za-z0-9+/=]{22,})'/.exec(scriptSrc(csp))?.[1];
    expect(nonce, `${path}: ${csp}`).toBeTruthy();
    expect(scriptSrc(csp)).toContain("'strict-dynamic'");
    expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
    expect(scriptSrc(csp)).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(a.headers()["x-frame-options"]).toBe("DENY");
    expect(b.headers()["content-security-policy"]).not.toContain(nonce!);
    // Every script in the page carries this response's nonce (else the page could not run).
    const html = await a.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test("public pages: a fixed policy (shared cached HTML cannot carry a nonce) that still forbids framing by others", async ({ request }) => {
  for (const path of PUBLIC) {
    const csp = (await request.get(path)).headers()["content-security-policy"];
    expect(csp, path).not.toContain("nonce-");
    expect(csp, path).toContain("frame-ancestors 'self'");
    expect(csp, path).toContain("form-action 'self'");
  }
});

test("the session cookie is HttpOnly and SameSite=Lax (Secure only over https, see the integration test)", async ({ page }) => {
  await signIn(page, "writer");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  for (const c of cookies.filter((c) => c.name.includes("next-auth"))) expect(c.httpOnly, c.name).toBe(true);
});

/** CSP violations seen by the page (reported as DOM events and console errors). */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.exposeFunction("__reportCsp", (s: string) => seen.push(s));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __reportCsp: (s: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

test("the editor works under the strict CSP: sign in, open a story, type, save, with no violation", async ({ page }) => {
  const violations = await watchCsp(page);
  await signIn(page, "editor");
  const story = await prisma().story.findUniqueOrThrow({ where: { slug: SEED_SLUG }, select: { id: true, version: true } });
  await page.goto(`/admin/stories/${story.id}`);
  const c1 = claim(page, 1);
  await expect(c1.text).toBeVisible();
  await typeInto(c1.text, " Officials confirmed it.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved \(version \d+\)\./ })).toBeVisible();
  expect(violations).toEqual([]);

  // The policy is really enforced: markup injected into the admin cannot run an inline handler.
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = `<img src="data:," onload="window.__pwned = 1">`;
    document.body.append(div);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

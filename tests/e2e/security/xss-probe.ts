import { expect, type Page } from "@playwright/test";

// Watches a page for any sign that a payload turned into markup or script. Execution is caught by
// the payloads' own sentinel (window.__xss, set through a recording setter), dialogs and page
// errors; a payload that became markup but was stopped by a Content-Security-Policy is caught by
// the policy-violation events and by scanning the DOM for what the payloads would have created.

export interface Probe {
  dialogs: string[];
  pageErrors: string[];
}

/** Call before the first navigation: the init script runs in every document the page loads. */
export async function armPage(page: Page): Promise<Probe> {
  const probe: Probe = { dialogs: [], pageErrors: [] };
  page.on("dialog", (d) => {
    probe.dialogs.push(`${d.type()}: ${d.message()} @ ${page.url()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => probe.pageErrors.push(`${e.message} @ ${page.url()}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __xssHits: string[]; __cspViolations: string[] };
    w.__xssHits = [];
    w.__cspViolations = [];
    // A setter rather than a plain property: a payload that runs is recorded even if another
    // payload later overwrites the value.
    Object.defineProperty(window, "__xss", { configurable: false, get: () => w.__xssHits.length || undefined, set: (v) => w.__xssHits.push(String(v)) });
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));
  });
  return probe;
}

/** What the payloads would leave in the DOM had any of them been parsed as markup. */
function scanDom(): string[] {
  const bad: string[] = [];
  const SAFE = ["http:", "https:", "mailto:"];
  const URL_ATTRS = ["href", "src", "action", "formaction", "data", "xlink:href", "poster", "background"];
  for (const el of Array.from(document.querySelectorAll("*"))) {
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      if (name.startsWith("on")) bad.push(`<${el.localName} ${name}="${a.value}">`);
      if (name === "srcdoc" || (name === "style" && /expression|javascript:/i.test(a.value))) bad.push(`<${el.localName} ${name}="${a.value}">`);
      if (URL_ATTRS.includes(name)) {
        let protocol = "";
        try {
          protocol = new URL(a.value, location.href).protocol;
        } catch {
          continue; // an unparsable URL goes nowhere
        }
        if (!SAFE.includes(protocol)) bad.push(`<${el.localName} ${name}="${a.value}">`);
      }
    }
  }
  const tags = 'iframe, object, embed, frame, base, math, video, x, svg script, meta[http-equiv="refresh" i], img[src="x"], img[src="x:x"], body style';
  for (const el of Array.from(document.querySelectorAll(tags))) bad.push(`<${el.localName}> element: ${el.outerHTML.slice(0, 120)}`);
  return bad;
}

/** Fails unless nothing ran, nothing was blocked and no payload-shaped markup exists. */
export async function expectNothingRan(page: Page, probe: Probe): Promise<void> {
  const where = page.url();
  const state = await page.evaluate(() => {
    const w = window as unknown as { __xssHits: string[]; __cspViolations: string[] };
    return { hits: w.__xssHits, csp: w.__cspViolations };
  });
  expect(state.hits, `window.__xss was set on ${where}`).toEqual([]);
  expect(state.csp, `CSP blocked something on ${where}`).toEqual([]);
  expect(probe.dialogs, "dialogs opened").toEqual([]);
  expect(probe.pageErrors, "page errors").toEqual([]);
  expect(await page.evaluate(scanDom), `payload markup in the DOM of ${where}`).toEqual([]);
}

/** Every literal appears, character for character, in the page's text (so it was shown, escaped). */
export async function expectTextShown(page: Page, literals: readonly string[], scope = "body"): Promise<void> {
  const text = await page.locator(scope).first().evaluate((el) => el.textContent ?? "");
  const missing = literals.filter((l) => !text.includes(l));
  expect(missing, `text not shown literally on ${page.url()}`).toEqual([]);
}

/** The same for form fields, whose text is their value, not their content. */
export async function expectValuesShown(page: Page, selector: string, literals: string[]): Promise<void> {
  const values = await page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const missing = literals.filter((l) => !values.includes(l));
  expect(missing, `field values missing on ${page.url()}`).toEqual([]);
}

import fs from "node:fs";
import { z } from "zod";

// An editor driving the real admin over HTTP: signs in through next-auth's credentials
// endpoint and calls server actions the way the React client does (POST + Next-Action header),
// so what comes back is exactly what the editor's screen would show.

const manifest = z.object({ node: z.record(z.string(), z.object({ exportedName: z.string().optional() })) });

/** Server action ids by export name, from the production build. */
export function actionIds(): Map<string, string> {
  const m = manifest.parse(JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")));
  return new Map(Object.entries(m.node).flatMap(([id, v]) => (v.exportedName ? [[v.exportedName, id] as [string, string]] : [])));
}

// The action's answer as runAction shapes it (lib/actions/run-action.ts); extra fields pass.
const actionResult = z.looseObject({ ok: z.boolean(), code: z.string().optional(), error: z.string().optional(), data: z.unknown().optional() });
export type ActionOutcome = z.infer<typeof actionResult> & { status: number };

function cookiesFrom(res: Response, jar: Map<string, string>): void {
  for (const c of res.headers.getSetCookie()) {
    const [kv] = c.split(";");
    const i = kv.indexOf("=");
    jar.set(kv.slice(0, i), kv.slice(i + 1));
  }
}

export class HttpEditor {
  private jar = new Map<string, string>();
  constructor(
    private base: string,
    private ids: Map<string, string>,
  ) {}

  private cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrf = await fetch(`${this.base}/api/auth/csrf`);
    cookiesFrom(csrf, this.jar);
    const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await csrf.json());
    const res = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookie() },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    cookiesFrom(res, this.jar);
    if (![...this.jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in of ${email} failed (HTTP ${res.status})`);
  }

  /** Calls a server action on the page that hosts it; network failures come back as code "network". */
  async action(name: string, arg: unknown, page: string): Promise<ActionOutcome> {
    const id = this.ids.get(name);
    if (!id) throw new Error(`no server action ${name} in the build`);
    let res: Response;
    try {
      res = await fetch(this.base + page, {
        method: "POST",
        redirect: "manual",
        headers: { "Next-Action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: this.base, cookie: this.cookie() },
        body: JSON.stringify([arg]),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (e) {
      return { status: 0, ok: false, code: "network", error: String((e as Error).message) };
    }
    const text = await res.text();
    for (const line of text.split("\n")) {
      const m = /^[0-9a-f]+:(\{.*\})$/.exec(line.trim());
      const parsed = m ? actionResult.safeParse(JSON.parse(m[1])) : null;
      if (parsed?.success) return { ...parsed.data, status: res.status };
    }
    return { status: res.status, ok: false, code: "http", error: `HTTP ${res.status}: ${text.slice(0, 200)}` };
  }
}

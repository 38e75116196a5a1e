import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { adminCsp, newNonce } from "@/lib/security/admin-csp";
import { MAX_ACTION_BODY_DEPTH, jsonDeeperThan } from "@/lib/security/json-depth";
import { isReadablePath } from "@/lib/security/readable-path";

// Runs before routing on the admin, the sign-in page and the public routes with address
// parameters (see `matcher`):
// 1. Public addresses that are not valid percent-encoded UTF-8 get the not-found page rather than
//    the 500 Next would answer (lib/security/readable-path.ts).
// 2. The strict, per-request-nonce Content-Security-Policy of /admin and /login
//    (lib/security/admin-csp.ts). It is set on the request too, which is how Next learns the
//    nonce for its own scripts, and on the response, which is what the browser enforces.
// 3. Server-action bodies nested deeper than any real input are refused
//    (lib/security/json-depth.ts).
// 4. A convenience, not the security boundary: a signed-out visitor asking for an admin page is
//    sent to the sign-in page and brought back afterwards. The real checks are in every admin page
//    (requirePageActor) and every server action (runAction), which also see disabled users and
//    changed roles, which a token alone cannot.

export async function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (!isReadablePath(pathname)) return NextResponse.rewrite(new URL("/_not-found", req.url), { status: 404 });
  const admin = pathname === "/admin" || pathname.startsWith("/admin/");
  if (!admin && pathname !== "/login") return NextResponse.next();

  const nonce = newNonce();
  const csp = adminCsp(nonce);
  const secured = (res: NextResponse) => {
    res.headers.set("Content-Security-Policy", csp);
    res.headers.set("X-Frame-Options", "DENY");
    return res;
  };
  const forward = () => {
    const headers = new Headers(req.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    return secured(NextResponse.next({ request: { headers } }));
  };

  if (req.method === "POST" && req.headers.has("next-action") && jsonDeeperThan(await req.clone().text(), MAX_ACTION_BODY_DEPTH)) {
    return secured(new NextResponse("This request is nested too deeply to process.", { status: 400 }));
  }
  // The sign-in page, and server actions (POST), which get a proper "please sign in" result from
  // runAction instead of an HTML redirect the client could not read.
  if (!admin || (req.method !== "GET" && req.method !== "HEAD")) return forward();
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
  if (token?.uid) return forward();
  const login = new URL("/login", req.url);
  login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
  return secured(NextResponse.redirect(login));
}

export const config = {
  // Public routes only when the address has a "%" (every unreadable address does): running the
  // proxy on every public request cost ~40% of their throughput (npm run bench).
  matcher: ["/admin", "/admin/:path*", "/login", "/:section(stories|feeds|older)/:rest(.*%.*)"],
};

import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { adminCsp, newNonce } from "@/lib/security/admin-csp";

// Two jobs on /admin and /login:
// 1. The strict, per-request-nonce Content-Security-Policy (lib/security/admin-csp.ts). It is set
//    on the request too, which is how Next learns the nonce for its own scripts, and on the
//    response, which is what the browser enforces.
// 2. A convenience, not the security boundary: a signed-out visitor asking for an admin page is
//    sent to the sign-in page and brought back afterwards. The real checks are in every admin page
//    (requirePageActor) and every server action (runAction), which also see disabled users and
//    changed roles, which a token alone cannot.

export async function proxy(req: NextRequest) {
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

  // The sign-in page, and server actions (POST), which get a proper "please sign in" result from
  // runAction instead of an HTML redirect the client could not read.
  if (!req.nextUrl.pathname.startsWith("/admin") || (req.method !== "GET" && req.method !== "HEAD")) return forward();
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
  if (token?.uid) return forward();
  const login = new URL("/login", req.url);
  login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
  return secured(NextResponse.redirect(login));
}

export const config = {
  matcher: ["/admin", "/admin/:path*", "/login"],
};

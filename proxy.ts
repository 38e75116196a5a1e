import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// A convenience, not the security boundary: a signed-out visitor asking for an admin page is sent
// to the sign-in page and brought back afterwards. The real checks are in every admin page
// (requirePageActor) and every server action (runAction), which also see disabled users and
// changed roles, which a token alone cannot.

export async function proxy(req: NextRequest) {
  // Server actions (POST) get a proper "please sign in" result from runAction instead of an HTML
  // redirect the client could not read.
  if (req.method !== "GET" && req.method !== "HEAD") return NextResponse.next();
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
  if (token?.uid) return NextResponse.next();
  const login = new URL("/login", req.url);
  login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/admin", "/admin/:path*"],
};

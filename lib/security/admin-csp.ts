// The strict Content-Security-Policy of the admin and sign-in pages, sent by proxy.ts with a fresh
// nonce per request (Next reads the nonce from the request's CSP header and stamps it on its own
// scripts; these pages are rendered per request, so that works). Only scripts carrying the nonce,
// and what they load ('strict-dynamic'), run: an injected <script> or inline handler does not.
// Styles keep 'unsafe-inline': React and tiptap set style attributes, which a nonce cannot cover,
// and a style cannot run code. The public pages are shared cached HTML, so they cannot carry a
// per-request nonce; they get the fixed policy in next.config.js instead.

export function adminCsp(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and valid inside a CSP source expression. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

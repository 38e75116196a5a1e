// Whether every segment of a request path is valid percent-encoded UTF-8. Next decodes dynamic
// route parameters itself and answers a 500 when it cannot (invalid escapes like "%E0%A4%A", a
// bare "%", bytes that are not UTF-8 like "caf%E9"); proxy.ts answers those with the not-found
// page instead, before Next tries.

export function isReadablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

import { z } from "zod";

// zod 4 probes whether `new Function` is allowed when an object schema is built, to compile faster
// validators. In the browser, under the admin's strict CSP (no 'unsafe-eval'), that probe is
// reported as a CSP violation: harmless, but noise that would hide a real one. Schema modules the
// admin's client code loads import this FIRST, so the setting is in place before any schema is
// built; zod then validates without generated code there. The server keeps the fast path.
if (typeof window !== "undefined") z.config({ jitless: true });

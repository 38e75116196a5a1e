import { z } from "zod";

// zod 4 probes whether `new Function` is allowed the first time it parses an object, to compile
// faster validators. Under the admin's strict CSP (no 'unsafe-eval') that probe is a CSP
// violation: harmless, but noise that would hide a real one. Client modules that parse with zod
// import this first; zod then validates without generated code.
z.config({ jitless: true });

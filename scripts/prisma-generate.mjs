// Generates the Prisma client after install. The CLI insists on a schema-engine binary path even
// for `generate`, which never runs it; the native binary cannot be downloaded here, so point it at
// any existing executable (node itself) unless the caller configured a real one.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);

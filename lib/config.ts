import { z } from "zod";

// Every environment variable the product reads, validated in one place. A bad value stops start-up
// with a message naming the variable, instead of a confusing failure later.
const optionalUrl = z
  .string()
  .trim()
  .min(1)
  .optional()
  .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), "must be a postgres:// or postgresql:// URL");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalUrl,
  TEST_DATABASE_URL: optionalUrl,
  LISTEN_DATABASE_URL: optionalUrl,
  DATA_DIR: z.string().min(1).default(".data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
  SCHEDULER: z.enum(["on", "off"]).default("on"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const empty = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(empty);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  if (parsed.data.ADMIN_PASSWORD && !parsed.data.ADMIN_EMAIL) {
    throw new ConfigError("Invalid configuration:\n  ADMIN_EMAIL: required when ADMIN_PASSWORD is set");
  }
  return parsed.data;
}

let cached: Config | undefined;
export function config(): Config {
  return (cached ??= readConfig());
}

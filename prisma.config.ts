import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate; migrate deploy on connected machines). The app itself migrates
// through lib/db/migrate.ts, which runs the schema engine as WebAssembly and needs no download.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/newsroom" },
});

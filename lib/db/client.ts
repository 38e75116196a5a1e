import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One PrismaClient per process (kept on globalThis so dev hot reloads reuse it). Created on first
// use, so that importing lib/ never needs a database (next build, unit tests).
const g = globalThis as unknown as { __prisma?: PrismaClient; __prismaUrl?: string };

export function prisma(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`.");
  if (!g.__prisma || g.__prismaUrl !== url) {
    const max = Number(process.env.DB_POOL_MAX ?? 10);
    g.__prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url, max, connectionTimeoutMillis: 5_000 }),
    });
    g.__prismaUrl = url;
  }
  return g.__prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function disconnect(): Promise<void> {
  await g.__prisma?.$disconnect();
  g.__prisma = undefined;
}

import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * A cuid-shaped id (25 characters: "c", time, counter, randomness) for rows the importer inserts
 * in bulk and must reference before they exist (Prisma makes the same kind for single creates).
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  return `c${Date.now().toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${BigInt("0x" + randomBytes(8).toString("hex")).toString(36).padStart(12, "0").slice(-12)}`;
}

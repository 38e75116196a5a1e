import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { disconnect } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { createUser } from "@/lib/users/create-user";
import { openDatabase } from "./database";

// npm run user:create -- --email E --role ADMIN|EDITOR|WRITER [--name N] [--password P]
async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8").split("\n")[0];
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const out = rl as unknown as { _writeToOutput?: (s: string) => void; output: NodeJS.WriteStream };
  const answer = rl.question("Password (10+ characters): ");
  out._writeToOutput = (s: string) => out.output.write(s.includes("Password") ? s : "");
  const pw = await answer;
  rl.close();
  process.stdout.write("\n");
  return pw;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "WRITER" }, name: { type: "string" }, password: { type: "string" } },
  });
  if (!values.email) {
    console.error("usage: npm run user:create -- --email E --role ADMIN|EDITOR|WRITER [--name N] [--password P]");
    return 2;
  }
  const password = values.password ?? (await askPassword());
  const db = await openDatabase({ exclusive: false });
  process.env.DATABASE_URL = db.url;
  try {
    const u = await createUser(SYSTEM_ACTOR, {
      email: values.email,
      name: values.name ?? values.email.split("@")[0],
      role: values.role?.toUpperCase(),
      password,
    });
    console.log(`created ${u.role} ${u.email}`);
    return 0;
  } catch (e) {
    console.error(e instanceof UserError ? `not created: ${e.message}` : e);
    return 1;
  } finally {
    await disconnect();
    await db.close();
  }
}

main().then((c) => process.exit(c));

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's own schema engine, compiled to WebAssembly and driven through the pg adapter: the same
// migration logic and _prisma_migrations bookkeeping as `prisma migrate deploy`, with no native
// engine download. Node 20 cannot import .wasm as an ES module, so it is instantiated by hand.

type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & { __wbg_set_wasm(w: unknown): void };

let loaded: Promise<typeof SchemaEngine> | undefined;

async function loadEngineClass(): Promise<typeof SchemaEngine> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Bg;
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void; message?: string } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(m: string) {
      this.message = m;
    },
  };
  const module = new WebAssembly.Module(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return bg.SchemaEngine;
}

// The engine introspects pg_catalog columns of the one-byte type "char" (OID 18), which the pg
// adapter does not map; they are plain text to the engine, so they are reported as text (OID 25).
const CHAR_OID = 18;
const TEXT_OID = 25;
function charAsText(res: pg.QueryResult | undefined) {
  for (const f of res?.fields ?? []) if (f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
  return res;
}
class CharAsTextClient extends pg.Client {
  // pg calls query() with a callback (pool.query) or without (the adapter): patch both forms.
  // @ts-expect-error -- pg's overloads cannot be restated generically
  override query(...args: unknown[]) {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => last(err, charAsText(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(charAsText) : out;
  }
}

// The pg adapter runs a migration script by splitting it on ";" and sending the pieces one by one:
// that breaks dollar-quoted function bodies and leaves a failed migration half-applied. Like the
// native engine, send the whole script as one simple query, which Postgres runs atomically.
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
function wholeScript(adapter: Adapter): Adapter {
  const a = adapter as unknown as { executeScript(s: string): Promise<void>; onError(e: unknown): never };
  a.executeScript = async (script: string) => {
    try {
      await (adapter.underlyingDriver() as pg.Pool).query(script);
    } catch (e) {
      a.onError(e);
    }
  };
  return adapter;
}
class MigrationPg extends PrismaPg {
  override async connect() {
    return wholeScript(await super.connect());
  }
  override async connectToShadowDb() {
    return wholeScript(await super.connectToShadowDb());
  }
}

export async function withSchemaEngine<T>(
  url: string,
  datamodel: string,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const Engine = await (loaded ??= loadEngineClass());
  const adapter = bindMigrationAwareSqlAdapterFactory(new MigrationPg({ connectionString: url, max: 2, Client: CharAsTextClient }));
  const engine = await Engine.new({ datamodels: [["schema.prisma", datamodel]] }, () => {}, adapter);
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

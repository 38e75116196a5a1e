import fs from "node:fs";
import { randomUUID } from "node:crypto";
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
  const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return bg.SchemaEngine;
}

// The engine introspects pg_catalog columns of the one-byte type "char" (OID 18), which the pg
// adapter does not map (it throws). Report them as text to the adapter and as Character to the
// engine, which reads them as single characters. Results are matched by their rows array.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
const charColumns = new WeakMap<object, number[]>();

// The pg adapter runs a migration script by splitting it on ";" and sending the pieces one by one:
// that breaks dollar-quoted function bodies and leaves a failed migration half-applied. Like the
// native engine, send the whole script as one simple query, which Postgres runs atomically.
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
function patchAdapter(adapter: Adapter): Adapter {
  type Res = { fields: { dataTypeID: number }[]; rows: object };
  type Raw = { columnTypes: number[]; rows: object };
  const a = adapter as unknown as {
    executeScript(s: string): Promise<void>;
    onError(e: unknown): never;
    performIO(q: unknown): Promise<Res>;
    queryRaw(q: unknown): Promise<Raw>;
  };
  const performIO = a.performIO.bind(adapter);
  a.performIO = async (q) => {
    const res = await performIO(q);
    const idx = res.fields.flatMap((f, i) => (f.dataTypeID === CHAR_OID ? [i] : []));
    if (idx.length) {
      for (const i of idx) res.fields[i].dataTypeID = TEXT_OID;
      charColumns.set(res.rows, idx);
    }
    return res;
  };
  const queryRaw = a.queryRaw.bind(adapter);
  a.queryRaw = async (q) => {
    const out = await queryRaw(q);
    for (const i of charColumns.get(out.rows) ?? []) out.columnTypes[i] = CHARACTER_COLUMN;
    return out;
  };
  a.executeScript = async (script: string) => {
    try {
      await (adapter.underlyingDriver() as pg.Pool).query(script);
    } catch (e) {
      a.onError(e);
    }
  };
  return adapter;
}
// Also, the adapter's own shadow database ignores the database name when the config is a
// connection string (it connects back to the main database). Create and drop it here instead.
class MigrationPg extends PrismaPg {
  /** Every connection the engine opened: engine.free() does not close them, and one of them holds
   *  the session-level migration advisory lock until it is closed. */
  readonly opened: Adapter[] = [];
  constructor(private url: string) {
    super({ connectionString: url, max: 2 });
  }
  override async connect() {
    const adapter = patchAdapter(await super.connect());
    this.opened.push(adapter);
    return adapter;
  }
  override async connectToShadowDb() {
    const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
    await adminQuery(this.url, `CREATE DATABASE "${name}"`);
    const u = new URL(this.url);
    u.pathname = `/${name}`;
    const adapter = await new MigrationPg(u.toString()).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await adminQuery(this.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}

async function adminQuery(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function withSchemaEngine<T>(
  url: string,
  datamodel: string,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const Engine = await (loaded ??= loadEngineClass());
  const factory = new MigrationPg(url);
  const engine = await Engine.new({ datamodels: [["schema.prisma", datamodel]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.allSettled(factory.opened.map((a) => a.dispose()));
  }
}

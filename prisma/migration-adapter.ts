/**
 * The driver adapter Prisma's WASM schema engine migrates through (see prisma.config.ts).
 *
 * @prisma/adapter-pg 6.19 was written for queries, not for the catalog introspection that migrations do, so:
 * - catalog columns of type `name` (oid 19) and `"char"` (oid 18) are refused by the adapter; we report `name`
 *   as text and `"char"` as the Character column type, or the engine panics on PostgreSQL 18 / PGlite;
 * - the adapter runs a migration script by splitting it on ";", which cuts a PL/pgSQL body apart; we send the
 *   script whole, as PostgreSQL's simple query protocol allows;
 * - the adapter's own shadow database is dropped while its pool is still connected; we bring our own:
 *   SHADOW_DATABASE_URL (the embedded wrapper serves a second, in-memory PGlite) wiped before use, or a
 *   `<database>_shadow` database recreated on the same server.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { poolConfigFromUrl } from "../lib/database-url";

const OID_CHAR = 18;
const OID_NAME = 19;
const OID_TEXT = 25;
const COLUMN_TYPE_CHARACTER = 6;

type RawQuery = { sql: string; args: unknown[]; argTypes: unknown[] };
type Queryable = {
  queryRaw(query: RawQuery): Promise<{ columnTypes: number[] }>;
  performIO(query: RawQuery): Promise<{ fields?: { dataTypeID: number }[] }>;
  startTransaction?: (isolationLevel?: string) => Promise<Queryable>;
  executeScript?: (script: string) => Promise<void>;
  underlyingDriver?: () => pg.Pool;
  dispose?: () => Promise<void>;
};

function fitForMigrations<T>(adapter: T): T {
  const queryable = adapter as unknown as Queryable;
  const charColumns = new WeakMap<RawQuery, number[]>();
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const chars: number[] = [];
    // A multi-statement script (a migration applied to the shadow) returns an array of results, not fields.
    (result.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID === OID_CHAR) chars.push(index);
      if (field.dataTypeID === OID_CHAR || field.dataTypeID === OID_NAME) field.dataTypeID = OID_TEXT;
    });
    charColumns.set(query, chars);
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(query) ?? []) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  if (queryable.executeScript && queryable.underlyingDriver) {
    const pool = queryable.underlyingDriver();
    queryable.executeScript = async (script) => {
      await pool.query(script);
    };
  }
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (isolationLevel) => fitForMigrations(await startTransaction(isolationLevel));
  }
  return adapter;
}

async function wipeShadow(shadowUrl: string): Promise<void> {
  const client = new pg.Client(poolConfigFromUrl(shadowUrl));
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}

async function recreateDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client(poolConfigFromUrl(adminUrl));
  await client.connect();
  try {
    const quoted = `"${database.replaceAll('"', '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
}

export function createMigrationAdapter(databaseUrl: string, shadowDatabaseUrl?: string) {
  const factory = new PrismaPg(poolConfigFromUrl(databaseUrl, { max: 2 }));
  const connect = factory.connect.bind(factory);
  return Object.assign(factory, {
    connect: async () => fitForMigrations(await connect()),
    connectToShadowDb: async () => {
      let shadowConfig;
      if (shadowDatabaseUrl) {
        await wipeShadow(shadowDatabaseUrl);
        shadowConfig = poolConfigFromUrl(shadowDatabaseUrl, { max: 2 });
      } else {
        const mainConfig = poolConfigFromUrl(databaseUrl);
        const shadowName = `${mainConfig.database ?? "postgres"}_shadow`;
        await recreateDatabase(databaseUrl, shadowName);
        shadowConfig = { ...mainConfig, database: shadowName, max: 2 };
      }
      const shadowFactory = new PrismaPg(shadowConfig);
      return fitForMigrations(await shadowFactory.connect());
    },
  });
}

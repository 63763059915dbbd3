/**
 * Gives the calling test file a fresh database: an in-memory PGlite served on loopback by default, or a copy
 * of the migrated template on the PostgreSQL server named by TEST_DATABASE_URL. Never a mock.
 */
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { isLocalDatabase, poolConfigFromUrl } from "../database-url";
import { migrationScript } from "./migrations";

const TEMPLATE_DATABASE = "ashyq_test_template";

export function withTestDatabase(): void {
  let cleanup: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      if (!isLocalDatabase(serverUrl)) throw new Error("Refusing to run tests against a non-local database.");
      const name = `ashyq_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client(poolConfigFromUrl(serverUrl));
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      process.env.DATABASE_URL = url.toString();
      cleanup = async () => {
        const dropper = new pg.Client(poolConfigFromUrl(serverUrl));
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      };
    } else {
      const pglite = await PGlite.create();
      await pglite.exec(migrationScript());
      const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 32 });
      await server.start();
      process.env.DATABASE_URL = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;
      // One connection, as the app always has on the embedded database: pglite-socket interleaves concurrent
      // connections' messages on PGlite's one session (electric-sql/pglite#1046), which once handed a query another
      // query's rows here (the exports' background builds overlap the next request).
      process.env.DATABASE_POOL_MAX = "1";
      cleanup = async () => {
        await server.stop();
        await pglite.close();
      };
    }
  });

  afterAll(async () => {
    const { disconnectDb } = await import("../db");
    await disconnectDb();
    await cleanup();
  });
}

/**
 * With TEST_DATABASE_URL (a PostgreSQL server), builds a template database once from the migrations; each
 * test file then copies it. Without it, each test file starts its own in-memory PGlite and nothing is shared.
 */
import pg from "pg";
import { isLocalDatabase, poolConfigFromUrl } from "../database-url";
import { migrationScript } from "./migrations";

export const TEMPLATE_DATABASE = "ashyq_test_template";

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  if (!isLocalDatabase(url)) {
    throw new Error(`Refusing to run tests against a non-local database (${new URL(url).hostname}). Tests create and drop databases.`);
  }
  const admin = new pg.Client(poolConfigFromUrl(url));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const template = new pg.Client(poolConfigFromUrl(url, { database: TEMPLATE_DATABASE }));
  await template.connect();
  await template.query(migrationScript());
  await template.end();
}

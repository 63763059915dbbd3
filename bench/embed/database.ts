/**
 * The embed benchmark's own database: created fresh, migrated and seeded with the story (the comparison of the
 * North Kazakhstan region and Petropavlovsk city akimats), dropped afterwards. Local servers only.
 */
import { spawnSync } from "node:child_process";
import { assertLocal, BENCH_SERVER, connect } from "../lib/bench-db";

export const DEFAULT_DATABASE_URL = `${BENCH_SERVER}/ashyq_bench_embed`;
const STORY_OFFICIAL = "Жусуп Жумагулов";

function split(databaseUrl: string): { server: string; name: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^ashyq_bench_[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to recreate "${name}": the embed benchmark only uses databases named ashyq_bench_*.`);
  url.pathname = "/postgres";
  return { server: url.toString(), name };
}

async function onServer(databaseUrl: string, statement: (name: string) => string): Promise<void> {
  assertLocal(databaseUrl);
  const { server, name } = split(databaseUrl);
  const client = await connect(server);
  try {
    await client.query(statement(name));
  } finally {
    await client.end();
  }
}

function npmRun(dir: string, script: string, databaseUrl: string): void {
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: dir, stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

/** Drops and recreates the database, then runs the copy's own migrations and seed, as an install would. */
export async function prepareDatabase(appDir: string, databaseUrl: string): Promise<void> {
  await onServer(databaseUrl, (name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(databaseUrl, (name) => `CREATE DATABASE "${name}"`);
  npmRun(appDir, "db:migrate", databaseUrl);
  npmRun(appDir, "db:seed", databaseUrl);
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  await onServer(databaseUrl, (name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** The story's deputy akim who came from Nura (the profile the scale benchmark also times): the official embed shows his card. */
export async function storyOfficialId(databaseUrl: string): Promise<string> {
  const client = await connect(databaseUrl);
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM officials WHERE "fullName" = $1`, [STORY_OFFICIAL]);
    if (!rows[0]) throw new Error(`${STORY_OFFICIAL} is not in ${databaseUrl}: did the seed run?`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/**
 * The load test's database: ashyq_bench_load made afresh (migrated and seeded with the story by the copy's own
 * scripts), plus the run's people, and what they will look at: the accounts to observe and the embeds to read.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { prepareDatabase, storyOfficialId } from "../embed/database";
import { BENCH_SERVER, connect } from "../lib/bench-db";

export const DEFAULT_DATABASE_URL = `${BENCH_SERVER}/ashyq_bench_load`;

export type Person = { id: string; email: string };
export type People = { password: string; reporters: Person[]; editor: Person; admin: Person; lockout: Person; session: Person; proofReporter: Person };
/** An account to observe, or (no accountId) a platform where the official has none: "searched, not found". */
export type Subject = { officialId: string; platform: string; accountId: string | null };
export type EmbedPaths = { comparisons: string[]; cards: string[] };
/** `cardAccount`: an account of the story's official whose card the embed-refresh proof watches. */
export type Setting = { people: People; subjects: Subject[]; embeds: EmbedPaths; cardAccount: Subject };

/** The app's own password hash (argon2id with its settings), made by a process that may import lib/auth. */
function hashWithTheAppsFunction(password: string): string {
  const script = path.join(import.meta.dirname, "hash-password.ts");
  const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
  const result = spawnSync(tsx, ["--conditions=react-server", script], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, LOAD_PASSWORD: password },
    encoding: "utf8",
  });
  if (result.status !== 0 || !result.stdout.startsWith("$argon2")) throw new Error(`Hashing the password failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** A Prisma-style id (letters and digits), which the app's record-id check accepts. */
const newId = () => `load${randomBytes(12).toString("hex")}`;

function person(email: string): Person {
  return { id: newId(), email };
}

export async function prepare({ appDir, databaseUrl, reporters }: { appDir: string; databaseUrl: string; reporters: number }): Promise<Setting> {
  await prepareDatabase(appDir, databaseUrl);
  const password = `load-${randomBytes(12).toString("base64url")}`;
  const people: People = {
    password,
    reporters: Array.from({ length: reporters }, (_, i) => person(`reporter-${String(i + 1).padStart(2, "0")}@load.bench`)),
    editor: person("editor@load.bench"),
    admin: person("admin@load.bench"),
    lockout: person("lockout@load.bench"),
    session: person("session@load.bench"),
    proofReporter: person("proof-reporter@load.bench"),
  };
  const hash = hashWithTheAppsFunction(password);
  const rows: [Person, string, string][] = [
    ...people.reporters.map((p, i): [Person, string, string] => [p, `Репортёр нагрузки ${i + 1}`, "REPORTER"]),
    [people.editor, "Редактор нагрузки", "EDITOR"],
    [people.admin, "Админ нагрузки", "ADMIN"],
    [people.lockout, "Проверка блокировки", "REPORTER"],
    [people.session, "Проверка сессии", "REPORTER"],
    [people.proofReporter, "Проверка публикации", "REPORTER"],
  ];
  const client = await connect(databaseUrl);
  try {
    // Straight into the table (no audit entry, unlike the admin page): the password is the only thing that must be
    // real. One hash for all (one salt): every sign-in still verifies it with the app's argon2 settings.
    for (const [p, name, role] of rows) {
      await client.query(`INSERT INTO users (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4::"Role", $5, now())`, [
        p.id,
        p.email,
        name,
        role,
        hash,
      ]);
    }
    const accounts = await client.query<Subject>(
      `SELECT a."officialId", a.platform::text AS platform, a.id AS "accountId" FROM accounts a ORDER BY a."officialId", a.platform, a.id`,
    );
    // Platforms an official has no account on, among the big four: what a reporter records as "searched, not found".
    const missing = await client.query<Subject>(
      `SELECT o.id AS "officialId", p.platform, NULL AS "accountId"
         FROM officials o CROSS JOIN unnest(ARRAY['INSTAGRAM','FACEBOOK','TELEGRAM','TIKTOK']) AS p(platform)
        WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a."officialId" = o.id AND a.platform::text = p.platform)
        ORDER BY 1, 2`,
    );
    if (accounts.rows.length === 0) throw new Error("No accounts to observe: did the seed run?");
    const inPost = await client.query<{ id: string }>(`SELECT DISTINCT "officialId" AS id FROM positions WHERE "endedOn" IS NULL ORDER BY 1`);
    const cardOfficialId = await storyOfficialId(databaseUrl);
    const cardAccount = accounts.rows.find((s) => s.officialId === cardOfficialId);
    if (!cardAccount) throw new Error("The story's official has no account to observe");
    return { people, subjects: [...accounts.rows, ...missing.rows], embeds: embedPaths(inPost.rows.map((row) => row.id)), cardAccount };
  } finally {
    await client.end();
  }
}

/** The comparison in a few of the forms outlets embed it, and the card of every official in post. */
function embedPaths(officialIds: string[]): EmbedPaths {
  const both = "akimats=sko,petropavlovsk";
  return {
    comparisons: [
      `/embed/comparison?lang=ru&${both}`,
      `/embed/comparison?lang=kk&${both}&metric=openness`,
      `/embed/comparison?lang=en&${both}&platform=INSTAGRAM&metric=activity`,
      `/embed/comparison?lang=ru&${both}&asOf=2024-08-31`,
    ],
    cards: officialIds.map((id, i) => `/embed/official/${id}?lang=${["ru", "kk", "en"][i % 3]}`),
  };
}

/** How many observations carry `mark` at the start of their internal notes: the end-of-run check against the acknowledged ones. */
export async function countSaved(databaseUrl: string, mark: string): Promise<number> {
  const client = await connect(databaseUrl);
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM observations WHERE "internalNote" LIKE $1`, [`${mark}%`]);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

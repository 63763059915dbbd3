/**
 * Issue 15's migration on a database that holds data: every note written before it stays, as the internal
 * note (it was written for the newsroom and must stop being published); the public note starts empty; an
 * upload waiting for confirmation keeps its column mapping, the notes column now filling the internal note.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MIGRATION = "20261206032325_split_observation_notes";
const dir = path.join(process.cwd(), "prisma", "migrations");
const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");
const NOTE = "запрос в пресс-службу отправлен\nЖдём ответа; «Ерең еңбегі үшін» 🇰🇿";

let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create();
  const before = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name < MIGRATION)
    .map((entry) => entry.name)
    .sort();
  for (const name of before) await db.exec(sql(name));
  await db.exec(`
    INSERT INTO users (id, email, name, role, "passwordHash", "updatedAt") VALUES ('u1', 'r@test.ashyq', 'Репортёр', 'REPORTER', 'x', now());
    INSERT INTO officials (id, "fullName", "updatedAt") VALUES ('o1', 'Сания Смаилова', now());
    INSERT INTO observations (id, "officialId", platform, "observedAt", existence, status, "authorId", "updatedAt", notes)
      VALUES ('with-note', 'o1', 'INSTAGRAM', now(), 'FOUND', 'APPROVED', 'u1', now(), '${NOTE.replaceAll("'", "''")}'),
             ('without', 'o1', 'FACEBOOK', now(), 'NOT_FOUND', 'APPROVED', 'u1', now(), NULL);
  `);
  const upload = (id: string, kind: string, status: string, mapping: unknown) =>
    db.query(
      `INSERT INTO imports (id, kind, "fileName", "byteSize", sha256, headers, rows, "rowCount", mapping, status, "uploadedById", "updatedAt")
       VALUES ($1, $2::"ImportKind", 'f.csv', 1, 'h', '[]', '[]', 0, $3::jsonb, $4::"ImportStatus", 'u1', now())`,
      [id, kind, JSON.stringify(mapping), status],
    );
  await upload("pending", "OBSERVATIONS", "PENDING", ["fullName", null, "notes", "platform"]);
  await upload("confirmed", "OBSERVATIONS", "CONFIRMED", ["fullName", "notes"]);
  await upload("registry", "REGISTRY", "PENDING", ["fullName", "akimat"]);
  await db.exec(sql(MIGRATION));
});

afterAll(async () => {
  await db.close();
});

describe(`the migration ${MIGRATION}`, () => {
  it("keeps every note whole, as the internal note, and adds an empty public note", async () => {
    const { rows } = await db.query<{ id: string; internalNote: string | null; publicNote: string | null }>(
      `SELECT id, "internalNote", "publicNote" FROM observations ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "with-note", internalNote: NOTE, publicNote: null },
      { id: "without", internalNote: null, publicNote: null },
    ]);
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'observations' AND column_name ILIKE '%note%' ORDER BY column_name`,
    );
    expect(columns.rows.map((row) => row.column_name)).toEqual(["attributionNote", "internalNote", "publicNote"]);
  });

  it("maps a waiting upload's notes column to the internal note, and leaves finished uploads as they were", async () => {
    const { rows } = await db.query<{ id: string; mapping: unknown }>(`SELECT id, mapping FROM imports ORDER BY id`);
    expect(rows).toEqual([
      { id: "confirmed", mapping: ["fullName", "notes"] },
      { id: "pending", mapping: ["fullName", null, "internalNote", "platform"] },
      { id: "registry", mapping: ["fullName", "akimat"] },
    ]);
  });
});

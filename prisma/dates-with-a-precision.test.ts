/**
 * Issue 15's dates with a precision on a database that holds data (docs/decisions/0015-dates-with-a-precision.md):
 * an approximate look becomes one known to the month, its instant unchanged; an approximate last post on 31 December
 * a year, on any other day its month, kept as the month's last day; exact dates stay days; a waiting upload's
 * "approximate date" column now fills the precision.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MIGRATION = "20261206051214_dates_with_a_precision";
const dir = path.join(process.cwd(), "prisma", "migrations");
const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");

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
    INSERT INTO officials (id, "fullName", "updatedAt") VALUES ('o1', 'Канат Дузелбаев', now());
    INSERT INTO observations (id, "officialId", platform, "observedAt", "observedAtApproximate", existence, status, "authorId", "updatedAt",
                              "lastPostAt", "lastPostAtApproximate", "lastLiveAt")
      VALUES ('tagged-2021', 'o1', 'FACEBOOK', '2024-08-28 07:00:00', true, 'FOUND', 'APPROVED', 'u1', now(), '2021-12-31', true, NULL),
             ('approximate-day', 'o1', 'INSTAGRAM', '2024-08-28 07:00:00', false, 'FOUND', 'APPROVED', 'u1', now(), '2023-08-17', true, NULL),
             ('month-end', 'o1', 'TELEGRAM', '2024-08-28 07:00:00', false, 'FOUND', 'APPROVED', 'u1', now(), '2024-02-29', true, NULL),
             ('exact', 'o1', 'TIKTOK', '2024-09-16 04:30:00', false, 'FOUND', 'APPROVED', 'u1', now(), '2024-09-14', false, '2024-09-01'),
             ('search', 'o1', 'VK', '2024-08-28 07:00:00', true, 'NOT_FOUND', 'APPROVED', 'u1', now(), NULL, false, NULL);
  `);
  const upload = (id: string, status: string, mapping: unknown) =>
    db.query(
      `INSERT INTO imports (id, kind, "fileName", "byteSize", sha256, headers, rows, "rowCount", mapping, status, "uploadedById", "updatedAt")
       VALUES ($1, 'OBSERVATIONS', 'f.csv', 1, 'h', '[]', '[]', 0, $2::jsonb, $3::"ImportStatus", 'u1', now())`,
      [id, JSON.stringify(mapping), status],
    );
  await upload("pending", "PENDING", ["fullName", "observedAt", "observedAtApproximate", null]);
  await upload("confirmed", "CONFIRMED", ["fullName", "observedAtApproximate"]);
  await db.exec(sql(MIGRATION));
});

afterAll(async () => {
  await db.close();
});

describe(`the migration ${MIGRATION}`, () => {
  it("gives each date the precision its flag meant, keeping the instants and what the activity rules count", async () => {
    const { rows } = await db.query<Record<string, string | null>>(
      `SELECT id, "observedAt"::text, "observedAtPrecision"::text, "lastPostAt"::text, "lastPostAtPrecision"::text, "lastLiveAt"::text, "lastLiveAtPrecision"::text
       FROM observations ORDER BY id`,
    );
    expect(rows).toEqual([
      // Approximate on 17 August: known to the month, kept as its last day.
      {
        id: "approximate-day",
        observedAt: "2024-08-28 07:00:00",
        observedAtPrecision: "DAY",
        lastPostAt: "2023-08-31",
        lastPostAtPrecision: "MONTH",
        lastLiveAt: null,
        lastLiveAtPrecision: "DAY",
      },
      {
        id: "exact",
        observedAt: "2024-09-16 04:30:00",
        observedAtPrecision: "DAY",
        lastPostAt: "2024-09-14",
        lastPostAtPrecision: "DAY",
        lastLiveAt: "2024-09-01",
        lastLiveAtPrecision: "DAY",
      },
      {
        id: "month-end",
        observedAt: "2024-08-28 07:00:00",
        observedAtPrecision: "DAY",
        lastPostAt: "2024-02-29",
        lastPostAtPrecision: "MONTH",
        lastLiveAt: null,
        lastLiveAtPrecision: "DAY",
      },
      {
        id: "search",
        observedAt: "2024-08-28 07:00:00",
        observedAtPrecision: "MONTH",
        lastPostAt: null,
        lastPostAtPrecision: "DAY",
        lastLiveAt: null,
        lastLiveAtPrecision: "DAY",
      },
      // The seed's "last tagged in 2021", in a survey dated only roughly.
      {
        id: "tagged-2021",
        observedAt: "2024-08-28 07:00:00",
        observedAtPrecision: "MONTH",
        lastPostAt: "2021-12-31",
        lastPostAtPrecision: "YEAR",
        lastLiveAt: null,
        lastLiveAtPrecision: "DAY",
      },
    ]);
  });

  it("drops the flags", async () => {
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'observations' AND (column_name ILIKE '%Precision' OR column_name ILIKE '%AtApproximate') ORDER BY column_name`,
    );
    expect(columns.rows.map((row) => row.column_name)).toEqual(["lastLiveAtPrecision", "lastPostAtPrecision", "observedAtPrecision"]);
  });

  it("maps a waiting upload's approximate-date column to the precision, and leaves finished uploads as they were", async () => {
    const { rows } = await db.query<{ id: string; mapping: unknown }>(`SELECT id, mapping FROM imports ORDER BY id`);
    expect(rows).toEqual([
      { id: "confirmed", mapping: ["fullName", "observedAtApproximate"] },
      { id: "pending", mapping: ["fullName", "observedAt", "observedAtPrecision", null] },
    ]);
  });
});

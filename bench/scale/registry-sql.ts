/**
 * SQL that builds the registry around the story: users, akimats, dated positions, officials and accounts.
 * Every choice is a pure function of a row number and the seed (`pg_temp.rnd`), so the same seed gives the
 * same rows. Working sets live in temporary tables (`bench_official`, `bench_account`) that the observation
 * step reads.
 */
import type { ScaleConfig } from "./config";
import { generatedAkimats } from "./geography";
import { generatedIdSql, idPrefix } from "./ids";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PORTFOLIOS, SURNAMES } from "./names";

export type Step = { label: string; sql: string; params?: unknown[] };

/** rnd(n, stream) ∈ [0, 1): a hash of the row number, the stream and the seed. Inlined by the planner. */
export function randomFunction(seed: number): Step {
  return {
    label: "random function",
    sql: `CREATE OR REPLACE FUNCTION pg_temp.rnd(n bigint, stream int) RETURNS float8
          LANGUAGE sql IMMUTABLE PARALLEL SAFE
          AS $$ SELECT (hashint8extended(n, ${Math.trunc(seed)}::bigint * 1000 + stream) & 2147483647)::float8 / 2147483648.0 $$`,
  };
}

const ts = (date: string) => `'${date} 00:00:00'::timestamp`;

export function registrySteps(c: ScaleConfig): Step[] {
  const akimats = generatedAkimats();
  const users = c.reporters + c.editors;
  return [
    {
      label: "users",
      sql: `INSERT INTO users (id, email, name, role, "passwordHash", "createdAt", "updatedAt")
            SELECT ${generatedIdSql("user", "n", 3)},
                   CASE WHEN n <= ${c.reporters} THEN 'reporter' || n ELSE 'editor' || (n - ${c.reporters}) END || '@bench.ashyq',
                   'Сотрудник сети № ' || n,
                   (CASE WHEN n <= ${c.reporters} THEN 'REPORTER' ELSE 'EDITOR' END)::"Role",
                   -- the demo password, so that any of them can sign in to look around
                   (SELECT "passwordHash" FROM users WHERE email = 'reporter@demo.ashyq'),
                   ${ts(c.periodStart)}, ${ts(c.periodStart)}
            FROM generate_series(1, ${users}) n`,
    },
    {
      label: "akimats",
      sql: `INSERT INTO akimats (id, slug, name, "nameKk", level, "createdAt", "updatedAt")
            SELECT id, slug, name, name_kk, level::"AkimatLevel", ${ts(c.periodStart)}, ${ts(c.periodStart)}
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS g(id, slug, name, name_kk, level)`,
      params: [akimats.map((a) => a.id), akimats.map((a) => a.slug), akimats.map((a) => a.name), akimats.map((a) => a.nameKk), akimats.map((a) => a.level)],
    },
    {
      label: "akimat hierarchy",
      sql: `UPDATE akimats child SET "parentId" = parent.id
            FROM unnest($1::text[], $2::text[]) AS g(slug, parent_slug)
            JOIN akimats parent ON parent.slug = g.parent_slug
            WHERE child.slug = g.slug`,
      params: [akimats.filter((a) => a.parentSlug).map((a) => a.slug), akimats.filter((a) => a.parentSlug).map((a) => a.parentSlug)],
    },
    {
      // Posts of each akimat: a region or a national city has five deputies and an adviser, a regional city
      // four deputies, a district three. The story's two akimats are left exactly as the seed made them.
      label: "seats",
      sql: `CREATE TEMP TABLE bench_seat AS
            SELECT row_number() OVER (ORDER BY a.slug, t.ord)::int AS seat_no, a.id AS akimat_id, a.level, t.title, t.ord,
                   CASE WHEN t.title = 'DEPUTY_AKIM'
                        THEN ($1::text[])[1 + ((t.ord + dense_rank() OVER (ORDER BY a.slug)) % ${PORTFOLIOS.length})::int] END AS portfolio
            FROM akimats a
            JOIN (VALUES ('big', 1, 'AKIM'), ('big', 2, 'FIRST_DEPUTY_AKIM'), ('big', 3, 'DEPUTY_AKIM'), ('big', 4, 'DEPUTY_AKIM'),
                         ('big', 5, 'DEPUTY_AKIM'), ('big', 6, 'DEPUTY_AKIM'), ('big', 7, 'DEPUTY_AKIM'), ('big', 8, 'CHIEF_OF_STAFF'), ('big', 9, 'ADVISER'),
                         ('city', 1, 'AKIM'), ('city', 2, 'FIRST_DEPUTY_AKIM'), ('city', 3, 'DEPUTY_AKIM'), ('city', 4, 'DEPUTY_AKIM'),
                         ('city', 5, 'DEPUTY_AKIM'), ('city', 6, 'DEPUTY_AKIM'), ('city', 7, 'CHIEF_OF_STAFF'),
                         ('district', 1, 'AKIM'), ('district', 2, 'FIRST_DEPUTY_AKIM'), ('district', 3, 'DEPUTY_AKIM'),
                         ('district', 4, 'DEPUTY_AKIM'), ('district', 5, 'DEPUTY_AKIM'), ('district', 6, 'CHIEF_OF_STAFF'))
                 AS t(kind, ord, title)
              ON t.kind = CASE WHEN a.level = 'REGION' OR (a.level = 'CITY' AND a."parentId" IS NULL) THEN 'big'
                               WHEN a.level = 'CITY' THEN 'city' ELSE 'district' END
            WHERE a.id LIKE '${idPrefix("akimat")}%'`,
      params: [PORTFOLIOS],
    },
    {
      // Official n holds seat n mod S; the seat's 0th holder is in post now, the k-th left k holders ago.
      // A current akim may have been in post for years (the story's first deputy since 2019); earlier holders
      // served between about half a year and three years.
      label: "officials (working set)",
      sql: `CREATE TEMP TABLE bench_official AS
            WITH picked AS (
              SELECT n, s.seat_no, (n - 1) / (SELECT count(*) FROM bench_seat) AS holder, s.akimat_id, s.level, s.title, s.portfolio,
                     CASE WHEN (n - 1) / (SELECT count(*) FROM bench_seat) = 0 THEN 30 + floor(pg_temp.rnd(n, 2) * 2500)
                          ELSE 200 + floor(pg_temp.rnd(n, 2) * 900) END::int AS tenure_days
              FROM generate_series(1, ${c.officials}) n
              JOIN bench_seat s ON s.seat_no = 1 + (n - 1) % (SELECT count(*) FROM bench_seat)
            ), dated AS (
              SELECT *, '${c.periodEnd}'::date - (sum(tenure_days) OVER (PARTITION BY seat_no ORDER BY holder))::int AS started_on
              FROM picked
            )
            SELECT *, ${generatedIdSql("official", "n", 5)} AS id,
                   lag(started_on) OVER (PARTITION BY seat_no ORDER BY holder) AS ended_on,
                   pg_temp.rnd(n, 3) < 0.22 AS female
            FROM dated`,
    },
    {
      // Observed while in post (within the period); someone who left before it is looked up in its first months.
      label: "observation windows",
      sql: `ALTER TABLE bench_official ADD COLUMN obs_from timestamp, ADD COLUMN obs_to timestamp;
            UPDATE bench_official SET
              obs_from = CASE WHEN coalesce(ended_on, '${c.periodEnd}') <= '${c.periodStart}' THEN ${ts(c.periodStart)}
                              ELSE greatest(started_on, '${c.periodStart}')::timestamp END,
              obs_to   = CASE WHEN coalesce(ended_on, '${c.periodEnd}') <= '${c.periodStart}' THEN ${ts(c.periodStart)} + interval '90 days'
                              ELSE least(coalesce(ended_on, '${c.periodEnd}'), '${c.periodEnd}')::timestamp END;
            CREATE UNIQUE INDEX ON bench_official (n);
            ANALYZE bench_official`,
    },
    {
      label: "officials",
      sql: `INSERT INTO officials (id, "fullName", "fullNameLatin", "createdAt", "updatedAt")
            SELECT o.id,
                   CASE WHEN o.female THEN ($2::text[])[f] || ' ' || ($3::text[])[s] || 'а' ELSE ($1::text[])[m] || ' ' || ($3::text[])[s] END,
                   CASE WHEN o.female THEN ($5::text[])[f] || ' ' || ($6::text[])[s] || 'a' ELSE ($4::text[])[m] || ' ' || ($6::text[])[s] END,
                   o.obs_from, o.obs_from
            FROM bench_official o
            CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.rnd(o.n, 4) * ${MALE_FIRST_NAMES.length})::int AS m,
                                       1 + floor(pg_temp.rnd(o.n, 4) * ${FEMALE_FIRST_NAMES.length})::int AS f,
                                       1 + floor(pg_temp.rnd(o.n, 5) * ${SURNAMES.length})::int AS s) pick`,
      params: [
        MALE_FIRST_NAMES.map(([ru]) => ru),
        FEMALE_FIRST_NAMES.map(([ru]) => ru),
        SURNAMES.map(([ru]) => ru),
        MALE_FIRST_NAMES.map(([, latin]) => latin),
        FEMALE_FIRST_NAMES.map(([, latin]) => latin),
        SURNAMES.map(([, latin]) => latin),
      ],
    },
    {
      label: "positions",
      sql: `INSERT INTO positions (id, "officialId", "akimatId", title, portfolio, "startedOn", "endedOn", "createdAt", "updatedAt")
            SELECT ${generatedIdSql("position", "n", 5)}, id, akimat_id, title::"PositionTitle", portfolio, started_on, ended_on,
                   ${ts(c.periodStart)}, ${ts(c.periodStart)}
            FROM bench_official`,
    },
    {
      // Careers: some of today's holders came from another akimat, as the story's new deputy came from Nura.
      label: "earlier positions",
      sql: `WITH districts AS (SELECT akimat_id, row_number() OVER (ORDER BY akimat_id)::int AS k FROM bench_seat WHERE level = 'DISTRICT' AND ord = 1)
            INSERT INTO positions (id, "officialId", "akimatId", title, "startedOn", "endedOn", "createdAt", "updatedAt")
            SELECT ${generatedIdSql("positionearlier", "o.n", 5)}, o.id, d.akimat_id,
                   (CASE WHEN pg_temp.rnd(o.n, 7) < 0.5 THEN 'AKIM' ELSE 'DEPUTY_AKIM' END)::"PositionTitle",
                   o.started_on - (400 + floor(pg_temp.rnd(o.n, 8) * 1000))::int, o.started_on, ${ts(c.periodStart)}, ${ts(c.periodStart)}
            FROM bench_official o
            JOIN districts d ON d.k = 1 + floor(pg_temp.rnd(o.n, 9) * (SELECT count(*) FROM districts))::int
            WHERE o.holder = 0 AND o.level <> 'DISTRICT' AND pg_temp.rnd(o.n, 6) < 0.25 AND d.akimat_id <> o.akimat_id`,
    },
    ...accountSteps(c),
  ];
}

/** Accounts, with the traits that shape their observations: size, growth, visibility, how often they post. */
function accountSteps(c: ScaleConfig): Step[] {
  return [
    {
      label: "accounts (working set)",
      sql: `CREATE TEMP TABLE bench_account AS
            SELECT m, ${generatedIdSql("account", "m", 6)} AS id, o.n AS official_n, o.id AS official_id, o.obs_from, o.obs_to,
                   p.platform, k.kind,
                   floor(exp(3.5 + pg_temp.rnd(m, 13) * 7.5) * CASE WHEN pg_temp.rnd(m, 14) < 0.01 THEN 20 ELSE 1 END) AS base_reach,
                   -0.15 + pg_temp.rnd(m, 15) * 0.8 AS growth,
                   p.platform = 'FACEBOOK' AND k.kind = 'PERSONAL_PROFILE' AND pg_temp.rnd(m, 16) < 0.6 AS counts_friends,
                   CASE WHEN pg_temp.rnd(m, 17) < 0.72 THEN 'PUBLIC' WHEN pg_temp.rnd(m, 17) < 0.94 THEN 'CLOSED' ELSE 'PARTIAL' END AS visibility,
                   CASE WHEN pg_temp.rnd(m, 18) < 0.35 THEN 'CONFIRMED' WHEN pg_temp.rnd(m, 18) < 0.45 THEN 'VERIFIED_BADGE'
                        WHEN pg_temp.rnd(m, 18) < 0.65 THEN 'SELF_DECLARED' WHEN pg_temp.rnd(m, 18) < 0.88 THEN 'LIKELY' ELSE 'UNCERTAIN' END AS attribution,
                   -- how recently the account posts, relative to each observation: every activity class occurs
                   CASE WHEN pg_temp.rnd(m, 19) < 0.38 THEN 'active' WHEN pg_temp.rnd(m, 19) < 0.58 THEN 'occasional'
                        WHEN pg_temp.rnd(m, 19) < 0.73 THEN 'dormant' WHEN pg_temp.rnd(m, 19) < 0.88 THEN 'abandoned' ELSE 'silent' END AS activity,
                   '2019-01-01'::date + floor(pg_temp.rnd(m, 20) * 1400)::int AS abandoned_on,
                   CASE WHEN pg_temp.rnd(m, 21) < 0.03 THEN o.obs_from + (o.obs_to - o.obs_from) * pg_temp.rnd(m, 22) END AS gone_after,
                   CASE WHEN pg_temp.rnd(m, 22) < 0.7 THEN 'DELETED' ELSE 'SUSPENDED' END AS gone_as,
                   pg_temp.rnd(m, 23) < 0.3 AS personal, pg_temp.rnd(m, 24) < 0.4 AS reposts, pg_temp.rnd(m, 25) < 0.6 AS kazakh,
                   CASE WHEN pg_temp.rnd(m, 26) < 0.5 THEN 'NEVER' WHEN pg_temp.rnd(m, 26) < 0.85 THEN 'SOMETIMES' ELSE 'REGULARLY' END AS replies,
                   pg_temp.rnd(m, 27) < 0.15 AS live, pg_temp.rnd(m, 28) < 0.8 AS comments_open,
                   CASE WHEN pg_temp.rnd(m, 29) < 0.5 THEN 'FEW' WHEN pg_temp.rnd(m, 29) < 0.85 THEN 'MODERATE' ELSE 'MANY' END AS likes,
                   pg_temp.rnd(m, 30) < 0.93 AS has_avatar,
                   100 + floor(pg_temp.rnd(m, 31) * 900) AS base_following,
                   10 + floor(pg_temp.rnd(m, 32) * 800) AS base_posts,
                   pg_temp.rnd(m, 33) < 0.7 AS hides_posts,
                   pg_temp.rnd(m, 34) < 0.5 AS tagged_only
            FROM generate_series(1, ${c.accounts}) m
            JOIN bench_official o ON o.n = 1 + floor(pg_temp.rnd(m, 10) * ${c.officials})::int
            CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.rnd(m, 11) < 0.30 THEN 'INSTAGRAM' WHEN pg_temp.rnd(m, 11) < 0.55 THEN 'FACEBOOK'
                                            WHEN pg_temp.rnd(m, 11) < 0.70 THEN 'TELEGRAM' WHEN pg_temp.rnd(m, 11) < 0.78 THEN 'TIKTOK'
                                            WHEN pg_temp.rnd(m, 11) < 0.83 THEN 'YOUTUBE' WHEN pg_temp.rnd(m, 11) < 0.88 THEN 'VK'
                                            WHEN pg_temp.rnd(m, 11) < 0.93 THEN 'THREADS' WHEN pg_temp.rnd(m, 11) < 0.97 THEN 'X'
                                            WHEN pg_temp.rnd(m, 11) < 0.99 THEN 'LINKEDIN' ELSE 'OTHER' END AS platform) p
            CROSS JOIN LATERAL (SELECT CASE WHEN p.platform = 'FACEBOOK' AND pg_temp.rnd(m, 12) < 0.3 THEN 'PAGE'
                                            WHEN p.platform IN ('TELEGRAM', 'YOUTUBE') THEN 'CHANNEL' ELSE 'PERSONAL_PROFILE' END AS kind) k;
            CREATE UNIQUE INDEX ON bench_account (m);
            ANALYZE bench_account`,
    },
    {
      label: "accounts",
      sql: `INSERT INTO accounts (id, "officialId", platform, kind, handle, url, label, "createdAt", "updatedAt")
            SELECT a.id, a.official_id, a.platform::"Platform", a.kind::"AccountKind", h.handle,
                   'https://' || lower(a.platform) || '.example/' || h.handle,
                   CASE WHEN row_number() OVER (PARTITION BY a.official_id, a.platform ORDER BY a.m) > 1
                        THEN 'аккаунт ' || row_number() OVER (PARTITION BY a.official_id, a.platform ORDER BY a.m) END,
                   a.obs_from, a.obs_from
            FROM bench_account a
            JOIN officials o ON o.id = a.official_id
            CROSS JOIN LATERAL (SELECT lower(replace(o."fullNameLatin", ' ', '.')) || '.' || a.m AS handle) h`,
    },
  ];
}

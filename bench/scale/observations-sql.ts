/**
 * SQL that makes the observations: dated snapshots of the generated accounts, the searches that found
 * nothing, and a link as evidence for some. Reads the working sets of registry-sql.ts.
 */
import type { ScaleConfig } from "./config";
import { generatedIdSql } from "./ids";
import type { Step } from "./registry-sql";

const ts = (date: string) => `'${date} 00:00:00'::timestamp`;

/** "3 517" as platforms show an exact count; "2,6 тыс." / "1,2 млн" when rounded. */
const exactRaw = (v: string) => `regexp_replace(${v}::text, '(\\d)(?=(\\d{3})+$)', '\\1 ', 'g')`;
const roundedRaw = (v: string) =>
  `CASE WHEN ${v} >= 1000000 THEN replace(regexp_replace(round(${v} / 1000000.0, 1)::text, '\\.0$', ''), '.', ',') || ' млн'
        ELSE replace(regexp_replace(round(${v} / 1000.0, 1)::text, '\\.0$', ''), '.', ',') || ' тыс.' END`;
const rounded = (v: string) => `CASE WHEN ${v} >= 1000000 THEN round(${v} / 100000.0) * 100000 ELSE round(${v} / 100.0) * 100 END`;

const COLUMNS = `id, "officialId", platform, "accountId", "observedAt", "observedAtPrecision", existence, attribution, visibility,
  "hasAvatar", "verifiedBadge", "followersRaw", followers, "followersApproximate", "followingRaw", following,
  "friendsRaw", friends, "friendsApproximate", "postsRaw", posts, "lastPostAt", "lastPostAtPrecision",
  "contentKinds", languages, "commentsOpen", replies, "liveStreams", "lastLiveAt", "personalStories", "likesLevel", "internalNote",
  status, "authorId", "submittedAt", "reviewedAt", "reviewerId", "createdAt", "updatedAt"`;

/**
 * Review state: old observations are almost all approved; the last month is where work is still in progress.
 * `k` is the observation's number, `at` its date.
 */
function review(c: ScaleConfig, k: string, at: string) {
  const r = `pg_temp.rnd(${k}, 45)`;
  const status = `(CASE WHEN ${at} > ${ts(c.periodEnd)} - interval '30 days' THEN
             CASE WHEN ${r} < 0.45 THEN 'APPROVED' WHEN ${r} < 0.70 THEN 'SUBMITTED' WHEN ${r} < 0.85 THEN 'DRAFT'
                  WHEN ${r} < 0.93 THEN 'CHANGES_REQUESTED' ELSE 'REJECTED' END
           ELSE CASE WHEN ${r} < 0.935 THEN 'APPROVED' WHEN ${r} < 0.965 THEN 'REJECTED' WHEN ${r} < 0.98 THEN 'RETRACTED'
                     WHEN ${r} < 0.99 THEN 'CHANGES_REQUESTED' WHEN ${r} < 0.995 THEN 'DRAFT' ELSE 'SUBMITTED' END END)`;
  const user = (n: string) => generatedIdSql("user", n, 3);
  return {
    status,
    author: user(`1 + floor(pg_temp.rnd(${k}, 46) * ${c.reporters})::int`),
    reviewer: user(`${c.reporters} + 1 + floor(pg_temp.rnd(${k}, 47) * ${c.editors})::int`),
  };
}

/** The columns every observation shares once its status is known: who, when submitted and reviewed. */
const reviewColumns = (s: ReturnType<typeof review>, at: string) => `
  ${s.status}::"ReviewStatus" AS status, ${s.author} AS author,
  CASE WHEN ${s.status} <> 'DRAFT' THEN ${at} + interval '2 hours' END AS submitted_at,
  CASE WHEN ${s.status} NOT IN ('DRAFT', 'SUBMITTED') THEN ${at} + interval '1 day' END AS reviewed_at,
  CASE WHEN ${s.status} NOT IN ('DRAFT', 'SUBMITTED') THEN ${s.reviewer} END AS reviewer`;

export function observationSteps(c: ScaleConfig): Step[] {
  const notFound = Math.round(c.observations * c.notFoundShare);
  const found = c.observations - notFound;
  const s = review(c, "k", "at");
  const span = `extract(epoch FROM ${ts(c.periodEnd)} - ${ts(c.periodStart)})`;
  return [
    {
      label: `observations of accounts (${found.toLocaleString("en")})`,
      sql: `INSERT INTO observations (${COLUMNS})
            SELECT ${generatedIdSql("obs", "k", 7)}, official_id, platform::"Platform", id, at,
                   -- A look dated only to the month, as the story's survey is, now and then.
                   (CASE WHEN pg_temp.rnd(k, 48) < 0.02 THEN 'MONTH' ELSE 'DAY' END)::"DatePrecision",
                   (CASE WHEN gone THEN gone_as ELSE 'FOUND' END)::"Existence", attribution::"Attribution",
                   CASE WHEN NOT gone THEN visibility::"Visibility" END,
                   CASE WHEN NOT gone THEN has_avatar END, CASE WHEN NOT gone THEN attribution = 'VERIFIED_BADGE' END,
                   CASE WHEN shown AND NOT counts_friends THEN CASE WHEN approx THEN ${roundedRaw("reach")} ELSE ${exactRaw("reach")} END END,
                   CASE WHEN shown AND NOT counts_friends THEN CASE WHEN approx THEN ${rounded("reach")} ELSE reach END END,
                   shown AND NOT counts_friends AND approx,
                   CASE WHEN shown AND platform IN ('INSTAGRAM', 'THREADS', 'X', 'TIKTOK') THEN ${exactRaw("base_following")} END,
                   CASE WHEN shown AND platform IN ('INSTAGRAM', 'THREADS', 'X', 'TIKTOK') THEN base_following END,
                   CASE WHEN shown AND counts_friends THEN CASE WHEN approx THEN ${roundedRaw("least(reach, 5000)")} ELSE ${exactRaw("least(reach, 5000)")} END END,
                   CASE WHEN shown AND counts_friends THEN CASE WHEN approx THEN ${rounded("least(reach, 5000)")} ELSE least(reach, 5000) END END,
                   shown AND counts_friends AND approx,
                   CASE WHEN shown AND platform IN ('INSTAGRAM', 'TIKTOK', 'YOUTUBE') THEN posts::text END,
                   CASE WHEN shown AND platform IN ('INSTAGRAM', 'TIKTOK', 'YOUTUBE') THEN posts END,
                   CASE WHEN gone OR (visibility = 'CLOSED' AND hides_posts) THEN NULL
                        WHEN activity = 'active' THEN at::date - floor(pg_temp.rnd(k, 44) * 25)::int
                        WHEN activity = 'occasional' THEN at::date - (30 + floor(pg_temp.rnd(k, 44) * 120))::int
                        WHEN activity = 'dormant' THEN at::date - (160 + floor(pg_temp.rnd(k, 44) * 260))::int
                        -- "Last tagged in 2021": known only to the year, kept as the year's last day (decision 0015).
                        WHEN activity = 'abandoned' AND tagged_only THEN make_date(extract(year FROM abandoned_on)::int, 12, 31)
                        WHEN activity = 'abandoned' THEN abandoned_on END,
                   (CASE WHEN NOT gone AND activity = 'abandoned' AND tagged_only THEN 'YEAR' ELSE 'DAY' END)::"DatePrecision",
                   CASE WHEN gone THEN '{}' ELSE (ARRAY['OFFICIAL_WORK'] || CASE WHEN personal THEN ARRAY['PERSONAL_LIFE', 'FAMILY'] ELSE '{}' END
                        || CASE WHEN reposts THEN ARRAY['REPOSTS'] ELSE '{}' END) END::"ContentKind"[],
                   CASE WHEN gone THEN '{}' ELSE (ARRAY['RUSSIAN'] || CASE WHEN kazakh THEN ARRAY['KAZAKH'] ELSE '{}' END) END::"ContentLanguage"[],
                   CASE WHEN NOT gone THEN comments_open END, CASE WHEN NOT gone THEN replies::"ReplyFrequency" END,
                   CASE WHEN NOT gone THEN live END, CASE WHEN NOT gone AND live THEN at::date - floor(pg_temp.rnd(k, 49) * 60)::int END,
                   CASE WHEN NOT gone THEN personal END, CASE WHEN NOT gone THEN likes::"LikesLevel" END,
                   CASE WHEN pg_temp.rnd(k, 50) < 0.08 THEN 'Сгенерировано для теста на масштаб.' END,
                   status, author, submitted_at, reviewed_at, reviewer, at + interval '10 minutes', coalesce(reviewed_at, submitted_at, at + interval '10 minutes')
            FROM (
              SELECT b.*, ${reviewColumns(s, "at")},
                     NOT b.gone AS shown,
                     pg_temp.rnd(k, 43) < 0.25 AND b.reach >= 1000 AS approx
              FROM (
                SELECT k, a.*, x.at,
                       coalesce(x.at > a.gone_after, false) AS gone,
                       greatest(0, round(a.base_reach * (1 + a.growth * extract(epoch FROM x.at - ${ts(c.periodStart)}) / ${span})
                                         * (0.98 + 0.04 * pg_temp.rnd(k, 42))))::int AS reach,
                       (a.base_posts * (0.5 + extract(epoch FROM x.at - ${ts(c.periodStart)}) / ${span}))::int AS posts
                FROM generate_series(1, ${found}) k
                JOIN bench_account a ON a.m = 1 + floor(pg_temp.rnd(k, 40) * ${c.accounts})::int
                CROSS JOIN LATERAL (SELECT date_trunc('second', a.obs_from + (a.obs_to - a.obs_from) * pg_temp.rnd(k, 41)) AS at) x
              ) b
            ) r`,
    },
    {
      // Searches that found nothing, on the big four platforms where the official has no known account.
      label: "not-found targets",
      sql: `CREATE TEMP TABLE bench_search AS
            SELECT row_number() OVER (ORDER BY o.n, p.platform)::int AS t, o.id AS official_id, p.platform, o.obs_from, o.obs_to
            FROM bench_official o
            CROSS JOIN (VALUES ('INSTAGRAM'), ('FACEBOOK'), ('TELEGRAM'), ('TIKTOK')) AS p(platform)
            WHERE NOT EXISTS (SELECT 1 FROM bench_account a WHERE a.official_n = o.n AND a.platform = p.platform);
            CREATE UNIQUE INDEX ON bench_search (t);
            ANALYZE bench_search`,
    },
    {
      label: `not-found searches (${notFound.toLocaleString("en")})`,
      sql: `INSERT INTO observations (${COLUMNS})
            SELECT ${generatedIdSql("obs", "k", 7)}, official_id, platform::"Platform", NULL, at, 'DAY', 'NOT_FOUND', NULL, NULL,
                   NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, 'DAY', '{}', '{}',
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   status, author, submitted_at, reviewed_at, reviewer, at + interval '10 minutes', coalesce(reviewed_at, submitted_at, at + interval '10 minutes')
            FROM (
              SELECT k, x.*, ${reviewColumns(s, "x.at")}
              FROM generate_series(${found + 1}, ${c.observations}) k
              JOIN bench_search t ON t.t = 1 + floor(pg_temp.rnd(k, 60) * (SELECT count(*) FROM bench_search))::int
              CROSS JOIN LATERAL (SELECT t.official_id, t.platform, date_trunc('second', t.obs_from + (t.obs_to - t.obs_from) * pg_temp.rnd(k, 41)) AS at) x
            ) r`,
    },
    {
      label: "evidence links",
      sql: `INSERT INTO evidence (id, "observationId", kind, url, "createdAt")
            SELECT ${generatedIdSql("evidence", "k", 7)}, ${generatedIdSql("obs", "k", 7)}, 'LINK',
                   'https://web.archive.org/web/' || k || '/', ${ts(c.periodStart)}
            FROM generate_series(1, ${found}) k
            WHERE pg_temp.rnd(k, 70) < 0.25`,
    },
  ];
}

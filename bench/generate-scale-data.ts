/**
 * Grows the story's database into a country: about 220 akimats, 5 000 officials with their dated posts,
 * 20 000 accounts and 1 000 000 observations over three years, generated in SQL from a seed.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/ashyq_bench_full npx tsx bench/generate-scale-data.ts --scale=full
 *
 * The database must be migrated and seeded first (`npm run db:migrate && npm run db:seed` with the same
 * DATABASE_URL), so that the story's akimats and officials are there; the generator never changes them.
 *
 *   --scale=story|small|full   story adds nothing; small is a twentieth of full (default: full)
 *   --seed=N                   default 42; the same seed gives the same rows
 *   --officials=N --accounts=N --observations=N   override the preset's sizes
 *   --replace                  delete earlier generated rows first (otherwise a second run refuses)
 *   --waves-only               on a database generated already, (re)make only the two survey waves (scale/waves-sql.ts):
 *                              for a database generated before the generator made them, without generating again
 */
import { intArg, parseArgs } from "./lib/args";
import { connect, seconds } from "./lib/bench-db";
import { PRESETS, SCALES, type Scale, type ScaleConfig } from "./scale/config";
import { FORMER_PREFIX, GENERATED_PREFIX, isGeneratedSql } from "./scale/ids";
import { observationSteps } from "./scale/observations-sql";
import { randomFunction, registrySteps, type Step } from "./scale/registry-sql";
import { waveSteps } from "./scale/waves-sql";

const TABLES = ["akimats", "officials", "positions", "accounts", "observations", "evidence", "users", "waves", "wave_akimats", "wave_assignments"] as const;

/**
 * Generated rows carry ids starting "bench0" (scale/ids.ts), so that they can be told from the story's and removed;
 * `--replace` also removes rows of a database generated when they started "bench-".
 */
const REMOVAL_ORDER = ["evidence", "observations", "accounts", "positions", "officials", "akimats", "users"] as const;

/**
 * The generated waves (ids "benchwave…": a wave's id must be letters and digits) and what hangs on them. Foreign-key
 * triggers are off while generating, so nothing cascades: each table is cleared by hand, the observations' links first.
 */
const WAVE_REMOVAL: Step[] = [
  { label: "unlink observations from generated waves", sql: `UPDATE observations SET "waveId" = NULL WHERE "waveId" LIKE 'benchwave%'` },
  { label: "remove generated wave assignments", sql: `DELETE FROM wave_assignments WHERE "waveId" LIKE 'benchwave%'` },
  { label: "remove generated wave akimats", sql: `DELETE FROM wave_akimats WHERE "waveId" LIKE 'benchwave%'` },
  { label: "remove generated waves", sql: `DELETE FROM waves WHERE id LIKE 'benchwave%'` },
];

function configFrom(args: Map<string, string>): { scale: Scale; config: ScaleConfig | null } {
  const scale = (args.get("scale") ?? "full") as Scale;
  if (!SCALES.includes(scale)) throw new Error(`--scale must be one of ${SCALES.join(", ")}`);
  const preset = PRESETS[scale];
  if (!preset) return { scale, config: null };
  const config = {
    ...preset,
    seed: intArg(args, "seed", preset.seed),
    officials: intArg(args, "officials", preset.officials),
    accounts: intArg(args, "accounts", preset.accounts),
    observations: intArg(args, "observations", preset.observations),
  };
  if (config.officials < 1 || config.accounts < 1 || config.observations < 10) throw new Error("Sizes must be positive (observations at least 10).");
  return { scale, config };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { scale, config } = configFrom(args);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the benchmark database, e.g. postgresql://postgres@127.0.0.1:5432/ashyq_bench_full");
  const client = await connect(url);
  const started = performance.now();
  try {
    const story = await client.query(`SELECT count(*)::int AS n FROM akimats WHERE slug IN ('sko', 'petropavlovsk')`);
    if (story.rows[0].n !== 2) throw new Error("The story is not in this database: run `npm run db:migrate && npm run db:seed` with this DATABASE_URL first.");
    const existing = await client.query(`SELECT count(*)::int AS n FROM akimats WHERE ${isGeneratedSql("id")}`);
    const former = await client.query(`SELECT count(*)::int AS n FROM akimats WHERE id LIKE '${FORMER_PREFIX}%'`);
    const replace = args.has("replace");
    const wavesOnly = args.has("waves-only");
    if (wavesOnly && (!config || existing.rows[0].n === 0))
      throw new Error("--waves-only adds waves to a database generated already (at --scale=small or full).");
    if (wavesOnly && former.rows[0].n > 0) {
      throw new Error(
        `This database was generated with ids starting "${FORMER_PREFIX}", which the app refuses as record ids: generate it again with --replace (ids now start "${GENERATED_PREFIX}").`,
      );
    }
    if (existing.rows[0].n > 0 && !replace && !wavesOnly) {
      throw new Error("This database already holds generated rows. Run again with --replace, or drop and recreate the database.");
    }

    // Generated rows are consistent by construction: skip the foreign-key triggers (superuser only) and the
    // wait for each commit to reach the disk, which together make the load several times faster.
    await client.query("SET session_replication_role = replica");
    await client.query("SET synchronous_commit = off");
    await client.query("SET work_mem = '256MB'");
    await client.query("SET maintenance_work_mem = '512MB'");
    await client.query("BEGIN");
    if (existing.rows[0].n > 0) for (const step of WAVE_REMOVAL) await run(client, step);
    if (existing.rows[0].n > 0 && !wavesOnly) {
      for (const table of REMOVAL_ORDER) await run(client, { label: `remove generated ${table}`, sql: `DELETE FROM ${table} WHERE ${isGeneratedSql("id")}` });
    }
    if (!config) console.log(`Scale "${scale}": the seed's story alone, nothing to generate.`);
    if (config && wavesOnly) {
      console.log(`Making the survey waves of scale "${scale}" with seed ${config.seed} over the generated rows.`);
      for (const step of [randomFunction(config.seed), ...waveSteps(config)]) await run(client, step);
    } else if (config) {
      console.log(
        `Generating scale "${scale}" with seed ${config.seed}: ${config.officials} officials, ${config.accounts} accounts, ${config.observations} observations.`,
      );
      for (const step of [randomFunction(config.seed), ...registrySteps(config), ...observationSteps(config), ...waveSteps(config)]) await run(client, step);
    }
    await client.query("COMMIT");
    await client.query("SET session_replication_role = DEFAULT");
    // VACUUM also sets the visibility map, so that index-only scans are possible from the first request.
    await run(client, { label: "vacuum and analyze", sql: `VACUUM (ANALYZE) ${TABLES.map((t) => `"${t}"`).join(", ")}` });

    const counts = await client.query(
      `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(", ")},
              (SELECT count(*) FROM observations WHERE existence = 'NOT_FOUND')::int AS "observations not found",
              (SELECT count(*) FROM observations WHERE status = 'APPROVED')::int AS "observations approved",
              (SELECT count(*) FROM observations WHERE "waveId" LIKE 'benchwave%')::int AS "observations in waves",
              pg_size_pretty(pg_database_size(current_database())) AS "database size"`,
    );
    console.log("\nRows now in the database:");
    for (const [name, value] of Object.entries(counts.rows[0] as Record<string, number | string>)) {
      console.log(`  ${name.padEnd(24)} ${typeof value === "number" ? value.toLocaleString("en") : value}`);
    }
    console.log(`\nDone in ${seconds(started)}.`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function run(client: Awaited<ReturnType<typeof connect>>, step: Step) {
  const started = performance.now();
  const result = await client.query(step.sql, step.params);
  const rows = Array.isArray(result) ? "" : result.rowCount ? ` (${result.rowCount.toLocaleString("en")} rows)` : "";
  console.log(`  ${step.label}${rows}: ${seconds(started)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

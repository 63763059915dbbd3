/**
 * Do the pages' queries use indexes at full scale? Captures the SQL the app really runs, then EXPLAINs it.
 *
 *   npm run bench:explain                        (after bench:render has built the copy: add -- --skip-build)
 *
 * How: `ALTER DATABASE ashyq_bench_full SET log_min_duration_statement = 0` makes PostgreSQL log every
 * statement of new sessions, with its bind parameters. The app is started against that database, each page is
 * requested once after a warm-up, and the log lines written during each request are read back from the
 * server's log file. (pg_stat_statements would need shared_preload_libraries and a server restart; Prisma
 * has no query-log switch in lib/db.ts.) The setting is reset afterwards, whatever happens. Each SELECT is
 * then run as EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) with its parameters written in, in a read-only
 * transaction, and its plan checked for sequential scans of the large tables.
 *
 *   --scale=full    which bench database          --log=FILE   the server's log (default: found from the server)
 *   --raw-plans     keep the whole JSON plans in the results file
 *   --pages=wave    only the pages whose key starts with one of these; results in explain-<scale>-wave.json
 *   --app-dir, --no-sync, --skip-build            as for render.ts
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "@/lib/demo";
import { prepareCopy, startApp } from "./lib/app";
import { parseArgs } from "./lib/args";
import { benchDatabaseUrl, connect } from "./lib/bench-db";
import { signIn, timedGet } from "./lib/http";
import { describeMachine } from "./lib/machine";
import { EDITOR, pagesOf, resultsName, selectPages } from "./lib/pages";
import { describeScans, largeSeqScans, seqScansOfGrowingTables, summarizePlan, type ExplainOutput, type PlanSummary } from "./lib/plan";
import { inlineParameters, statementsOf, type LoggedStatement } from "./lib/postgres-log";

const REPO = path.resolve(import.meta.dirname, "..");
const GROWING = "observations, evidence, reviews or audit_entries";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Client = Awaited<ReturnType<typeof connect>>;

/** Where this server writes its log: the logging collector's file, or Debian's pg_ctlcluster file. */
async function serverLogFile(client: Client): Promise<string> {
  const { rows } = await client.query<{ file: string | null; dir: string; version: number }>(
    "SELECT pg_current_logfile() AS file, current_setting('data_directory') AS dir, current_setting('server_version_num')::int / 10000 AS version",
  );
  const { file, dir, version } = rows[0]!;
  const candidate = file ? path.resolve(dir, file) : `/var/log/postgresql/postgresql-${version}-main.log`;
  if (!existsSync(candidate)) throw new Error(`Cannot find the server log (tried ${candidate}); pass --log=/path/to/postgresql.log`);
  return candidate;
}

function readFrom(file: string, offset: number): string {
  const size = statSync(file).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(file, "r");
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString("utf8");
}

/** The statements each page ran, read from the log written while it rendered. */
async function captureStatements(appDir: string, databaseUrl: string, database: string, logFile: string, pages: string | undefined) {
  const admin = await connect(databaseUrl);
  const captured: { page: string; statements: LoggedStatement[] }[] = [];
  try {
    await admin.query(`ALTER DATABASE "${database}" SET log_min_duration_statement = 0`);
    const app = await startApp({ dir: appDir, databaseUrl });
    try {
      const cookie = await signIn(app.baseUrl, EDITOR, DEMO_PASSWORD);
      for (const page of selectPages(await pagesOf(databaseUrl), pages)) {
        await timedGet(app.baseUrl + page.path, cookie); // warm-up: first-request work is not the page's
        await pause(500); // let the server flush the log
        const offset = statSync(logFile).size;
        const { ms } = await timedGet(app.baseUrl + page.path, cookie);
        await pause(500);
        const statements = statementsOf(readFrom(logFile, offset), database);
        console.log(`  ${page.label}: ${statements.length} statements in ${ms.toFixed(0)} ms`);
        captured.push({ page: page.label, statements });
      }
    } finally {
      await app.stop();
    }
  } finally {
    await admin.query(`ALTER DATABASE "${database}" RESET log_min_duration_statement`);
    await admin.end();
  }
  return captured;
}

type Explained = { page: string; sql: string; loggedMs: number; plan: PlanSummary; seqScans: string[]; noted: string[]; raw: ExplainOutput };

async function explain(client: Client, page: string, statement: LoggedStatement): Promise<Explained> {
  const sql = inlineParameters(statement.sql, statement.params);
  await client.query("BEGIN READ ONLY");
  try {
    const { rows } = await client.query<{ "QUERY PLAN": ExplainOutput }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`);
    const raw = rows[0]!["QUERY PLAN"];
    const plan = summarizePlan(raw);
    return {
      page,
      sql,
      loggedMs: statement.durationMs,
      plan,
      seqScans: seqScansOfGrowingTables(plan).map((s) => s.relation),
      noted: largeSeqScans(plan).map((s) => s.relation),
      raw,
    };
  } finally {
    await client.query("ROLLBACK");
  }
}

const oneLine = (sql: string, max = 150) => {
  const flat = sql.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const scale = args.get("scale") ?? "full";
  const databaseUrl = benchDatabaseUrl(scale);
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const appDir = prepareCopy(REPO, args);

  const client = await connect(databaseUrl);
  try {
    const logFile = args.get("log") ?? (await serverLogFile(client));
    console.log(`Capturing the pages' statements from ${logFile}…`);
    const captured = await captureStatements(appDir, databaseUrl, database, logFile, args.get("pages"));

    const results: Explained[] = [];
    for (const { page, statements } of captured) {
      const seen = new Set<string>();
      for (const statement of statements) {
        // The same text with other parameters is another query (the change report's two days): both are explained.
        const key = `${statement.sql}\u0000${JSON.stringify(statement.params)}`;
        if (!/^\s*(SELECT|WITH)\b/i.test(statement.sql) || seen.has(key)) continue;
        seen.add(key);
        try {
          results.push(await explain(client, page, statement));
        } catch (error) {
          console.warn(`  could not EXPLAIN (${error instanceof Error ? error.message : error}): ${oneLine(statement.sql)}`);
        }
      }
    }

    const lines = ["| page | query | execution ms | buffers hit/read | scans | verdict |", "|---|---|---:|---:|---|---|"];
    for (const r of results) {
      const verdict = r.seqScans.length
        ? `**Seq Scan on ${r.seqScans.join(", ")}**`
        : r.noted.length
          ? `indexes; whole ${[...new Set(r.noted)].join(", ")} read`
          : "indexes";
      lines.push(
        `| ${r.page} | \`${oneLine(r.sql, 90).replaceAll("|", "\\|")}\` | ${r.plan.executionMs.toFixed(2)} | ${r.plan.sharedHit}/${r.plan.sharedRead} | ${describeScans(r.plan).join("; ")} | ${verdict} |`,
      );
    }
    console.log(`\n${lines.join("\n")}`);
    const offenders = results.filter((r) => r.seqScans.length);
    console.log(
      offenders.length
        ? `\n${offenders.length} statement(s) read ${GROWING} sequentially.`
        : `\nNo sequential scan of ${GROWING}: every statement reached them through an index.`,
    );

    const machine = await describeMachine(client, appDir);
    mkdirSync(path.join(REPO, "bench/results"), { recursive: true });
    const file = path.join(REPO, "bench/results", resultsName(`explain-${scale}`, args.get("pages")));
    // Whole plans are large (a megabyte at full scale); they are kept only when asked for.
    const kept = args.has("raw-plans") ? results : results.map((r) => ({ ...r, raw: undefined }));
    writeFileSync(file, `${JSON.stringify({ machine, scale, results: kept }, null, 2)}\n`);
    console.log(`Written to ${path.relative(REPO, file)}.`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * The crash test (issue 7): concurrent observation submissions through the real form, the app killed with
 * SIGKILL mid-burst, restarted; every acknowledged submission must be present and whole, nothing half-written,
 * and sending the unanswered ones again must create no duplicates. Exits non-zero on any violation.
 *
 *   npm run bench:crash                               PostgreSQL, database ashyq_crash on 127.0.0.1:5432
 *   npm run bench:crash -- --database=embedded        the embedded PGlite database
 *
 * See bench/crash/README.md for the options and the figures of the last runs.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { DEMO_PASSWORD } from "@/lib/demo";
import { build, freePort, hasBuild, syncCopy } from "../lib/app";
import { intArg, parseArgs } from "../lib/args";
import { signIn } from "../lib/http";
import { startApp } from "./app-process";
import type { Violation } from "./checks";
import { runRound, type RoundFigures } from "./round";
import { embeddedTarget, postgresTarget } from "./target";

const REPORTER = "reporter@demo.ashyq";
const repo = path.resolve(import.meta.dirname, "../..");
const args = parseArgs(process.argv.slice(2));
const rounds = intArg(args, "rounds", 3);
const submissions = intArg(args, "submissions", 150);
const concurrency = intArg(args, "concurrency", 30);
const killAfter = intArg(args, "kill-after", Math.ceil(submissions / 3));
const screenshotEvery = intArg(args, "screenshot-every", 5);
const database = args.get("database") ?? "postgres";
const appDir = path.resolve(args.get("app-dir") ?? "/tmp/ashyq-crash");
const scratch = path.resolve(args.get("scratch-dir") ?? "/tmp/ashyq-crash-data");
if (appDir === repo) throw new Error("Build in a copy, not in the working repository (--app-dir must be elsewhere).");
if (killAfter < 1 || killAfter >= submissions) throw new Error("--kill-after must be between 1 and --submissions - 1, so that the crash lands mid-burst");
if (database !== "postgres" && database !== "embedded") throw new Error("--database is postgres or embedded");

async function main() {
  if (!args.has("no-sync")) {
    console.log(`Copying ${repo} to ${appDir}…`);
    syncCopy(repo, appDir);
  }
  if (!args.has("skip-build") || !hasBuild(appDir)) build(appDir);

  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const uploadDir = path.join(scratch, "uploads");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: "crash-test-secret-crash-test-secret-0123",
    UPLOAD_DIR: uploadDir,
    LOG_LEVEL: "info",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  };
  delete env.DATABASE_URL;
  const target =
    database === "embedded"
      ? embeddedTarget({ appDir, env, dataDir: path.join(scratch, "pglite") })
      : postgresTarget({ appDir, env, databaseUrl: args.get("database-url") ?? "postgresql://postgres@127.0.0.1:5432/ashyq_crash" });
  console.log(`Preparing ${target.name}: create, migrate, seed…`);
  await target.prepare();
  const setting = await target.setting(REPORTER);

  const port = await freePort();
  const logFile = path.join(scratch, "app.log");
  const running = { app: await startApp({ app: target.app(port), port, logFile }) };
  // A screenshot as a phone would make one: the app checks its content, re-encodes it and stores it by hash.
  const screenshot = {
    name: "screenshot.png",
    type: "image/png",
    bytes: await sharp({ create: { width: 360, height: 640, channels: 3, background: { r: 30, g: 90, b: 160 } } })
      .png()
      .toBuffer(),
  };

  const stamp = new Date().toISOString().replace(/[-:]/g, "").slice(0, 15);
  const results: { round: number; figures: RoundFigures; violations: Violation[] }[] = [];
  try {
    const cookie = await signIn(running.app.baseUrl, REPORTER, DEMO_PASSWORD);
    for (let round = 1; round <= rounds; round++) {
      const runId = `${stamp}-r${round}`;
      console.log(`Round ${round}/${rounds}: ${submissions} submissions, ${concurrency} at a time, SIGKILL after ${killAfter} acknowledgements…`);
      const result = await runRound(
        { target, setting, cookie, port, logFile, uploadDir, submissions, concurrency, killAfter, screenshot, screenshotEvery },
        running,
        runId,
      );
      results.push({ round, figures: result.figures, violations: result.violations });
      console.log(`  ${JSON.stringify(result.figures)}`);
      for (const violation of result.violations.slice(0, 20)) console.log(`  VIOLATION #${violation.index} ${violation.key}: ${violation.problem}`);
    }
  } finally {
    await running.app.stop();
  }

  const total = (name: keyof RoundFigures) => results.reduce((sum, result) => sum + result.figures[name], 0);
  const violations = results.flatMap((result) => result.violations);
  console.log("");
  console.log(
    `Crash test on ${target.name}, ${rounds} rounds of ${submissions} submissions (${concurrency} concurrent), SIGKILL after ${killAfter} acknowledgements:`,
  );
  console.log(
    `  sent ${total("sent")}, acknowledged before the crash ${total("acknowledged")}, cut off in flight ${total("inDoubt")}, refused while down ${total("notDelivered")}`,
  );
  console.log(
    `  answered "nothing was saved, error id …": ${total("refusedInBurst")} in the burst, ${total("refusedWhenSentAgain")} when sent again (and sent once more)`,
  );
  console.log(`  left without an answer for two minutes when sent again: ${total("hungWhenSentAgain")}`);
  console.log(
    `  saved but unacknowledged ${total("committedUnacknowledged")}; sent again after the restart: ${total("resentAlreadySaved")} answered with the observation saved before the crash, ${total("resentCreated")} saved now`,
  );
  console.log(`  acknowledged ones sent again (a double click), answered with their first observation: ${total("doubleSubmitsSameId")}`);
  console.log(
    `  lost ${total("lost")}, half-written ${total("halfWritten")}, observations at the end ${total("finalObservations")} for ${total("sent")} submissions`,
  );
  console.log(`  screenshot files left by saves cut off by the crashes: ${results.at(-1)?.figures.orphanFiles ?? 0} (no row names them; see README)`);
  console.log(violations.length === 0 ? "  no violations" : `  ${violations.length} VIOLATIONS`);
  const out = path.join(repo, "bench/crash/results", `crash-${database}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ database, rounds, submissions, concurrency, killAfter, results }, null, 2)}\n`);
  console.log(`  details: ${path.relative(repo, out)}; the app's log: ${logFile}`);
  process.exit(violations.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

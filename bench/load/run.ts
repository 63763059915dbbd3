/**
 * The two-instance load test of issue 7: on PostgreSQL, reporters submitting observations and readers loading
 * embeds against two app instances sharing one database, every request to the next instance in turn; plus proofs
 * that sign-in limits, sessions, embed refresh after approval and uploaded screenshots hold across both.
 * Exits non-zero on any error or failed proof. See bench/load/README.md.
 *
 *   npx tsx bench/load/run.ts                       copy to /tmp/ashyq-load, build, 60 s with 50 reporters + 500 readers
 *   npx tsx bench/load/run.ts --no-sync --skip-build --seconds=10 --reporters=5 --readers=50
 */
import { setMaxListeners } from "node:events";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase } from "../embed/database";
import { prepareCopy } from "../lib/app";
import { intArg, parseArgs } from "../lib/args";
import { connect } from "../lib/bench-db";
import { describeMachine } from "../lib/machine";
import { REQUEST_TIMEOUT_MS, thinkOf, type Instance, type Think } from "./client";
import { cpuSecondsBetween, cpuSnapshot } from "./cpu";
import { newSecrets, startInstances, stopInstances, type Started } from "./instances";
import { logLine, readLogSummary } from "./logs";
import { proveEmbedRefresh, proveSharedEvidence } from "./proof-publication";
import { proveLockout, proveSessionEnds, proveSignOutEnds, type ProofResult } from "./proof-sign-in";
import { COMPARISON_SHARE, READER_THINK, runReader } from "./readers";
import { markdownTable, Recorder } from "./report";
import { REPORTER_THINK, runReporter, signInReporter, type Reporter, type ReporterThink } from "./reporters";
import { countSaved, DEFAULT_DATABASE_URL, prepare, type Setting } from "./setup";

const REPO = path.resolve(import.meta.dirname, "../..");

type Options = {
  seconds: number;
  reporters: number;
  readers: number;
  databaseUrl: string;
  scratch: string;
  poolMax?: number;
  reporterThink: ReporterThink;
  readerThink: Think;
};

function options(args: Map<string, string>): Options {
  const scratch = path.resolve(args.get("scratch-dir") ?? "/tmp/ashyq-load-scratch");
  const pool = intArg(args, "pool", 0);
  return {
    seconds: intArg(args, "seconds", 60),
    reporters: intArg(args, "reporters", 50),
    readers: intArg(args, "readers", 500),
    databaseUrl: args.get("database") ?? DEFAULT_DATABASE_URL,
    scratch,
    poolMax: pool || undefined,
    reporterThink: {
      fillIn: args.has("fill-in-ms") ? thinkOf(intArg(args, "fill-in-ms", 0)) : REPORTER_THINK.fillIn,
      afterSave: args.has("after-save-ms") ? thinkOf(intArg(args, "after-save-ms", 0)) : REPORTER_THINK.afterSave,
    },
    readerThink: args.has("reader-think-ms") ? thinkOf(intArg(args, "reader-think-ms", 0)) : READER_THINK,
  };
}

/** The timed phase: every reporter and reader at once, the publication proofs in the middle of it. */
async function timedPhase(started: Started[], setting: Setting, reporters: Reporter[], o: Options, mark: string) {
  const instances = [started[0]!, started[1]!] as [Instance, Instance];
  const recorder = new Recorder(performance.now());
  const stop = new AbortController();
  // Every reader and reporter waits on this one signal.
  setMaxListeners(o.readers + reporters.length + 10, stop.signal);
  const saved: string[] = [];
  const loadBefore = os.loadavg();
  const cpuBefore = cpuSnapshot(started);
  const startedAt = performance.now();
  const timer = setTimeout(() => stop.abort(), o.seconds * 1000);
  const { people } = setting;
  const proofs = (async () => {
    await new Promise((resolve) => setTimeout(resolve, (o.seconds * 1000) / 3));
    const evidence = await safely("screenshot uploaded on A, served by B", () =>
      proveSharedEvidence({ instances, reporter: people.proofReporter, password: people.password, subject: setting.cardAccount, mark }),
    );
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + (o.seconds * 1000) / 2 - performance.now())));
    const refresh = await safely("embed refresh after approval", () =>
      proveEmbedRefresh({ instances, reporter: people.proofReporter, editor: people.editor, password: people.password, subject: setting.cardAccount, mark }),
    );
    return [evidence, refresh];
  })();
  await Promise.all([
    ...reporters.map((reporter) =>
      runReporter({ reporter, subjects: setting.subjects, mark, recorder, stop: stop.signal, thinkTimes: o.reporterThink, onSaved: (id) => saved.push(id) }),
    ),
    ...Array.from({ length: o.readers }, (_, index) =>
      runReader({ index, instances, embeds: setting.embeds, recorder, stop: stop.signal, thinkTime: o.readerThink }),
    ),
  ]);
  clearTimeout(timer);
  // Requests are counted if they started within the window; the last ones end a little after it.
  const drainSeconds = (performance.now() - startedAt) / 1000 - o.seconds;
  const cpuSeconds = cpuSecondsBetween(cpuBefore, cpuSnapshot(started));
  return {
    recorder,
    seconds: o.seconds,
    drainSeconds,
    saved,
    proofs: await proofs,
    load: { before: loadBefore, after: os.loadavg() },
    cpuSeconds,
  };
}
/** A proof that throws (a page changed, an instance died) is a failed proof, not the end of the run. */
async function safely(name: string, prove: () => Promise<ProofResult>): Promise<ProofResult> {
  try {
    return await prove();
  } catch (error) {
    return { name, pass: false, detail: `threw: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const passLine = (proof: ProofResult) => `${proof.pass === null ? "INFO" : proof.pass ? "PASS" : "FAIL"}  ${proof.name}: ${proof.detail}`;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.has("app-dir")) args.set("app-dir", "/tmp/ashyq-load");
  const o = options(args);
  const secrets = newSecrets();
  // A build made by this run embeds the same key: it also salts the Server Actions' ids (see README).
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  const appDir = prepareCopy(REPO, args);
  rmSync(o.scratch, { recursive: true, force: true });
  mkdirSync(o.scratch, { recursive: true });
  console.log(`Preparing ${o.databaseUrl}: recreate, migrate, seed, ${o.reporters} reporters + editor + admin + 3 proof users…`);
  const setting = await prepare({ appDir, databaseUrl: o.databaseUrl, reporters: o.reporters });
  const mark = `load-${new Date().toISOString().slice(0, 16)}`;
  let instances: Started[] = await startInstances({ appDir, databaseUrl: o.databaseUrl, scratch: o.scratch, secrets, poolMax: o.poolMax });
  const logFiles = instances.map((i) => ({ name: i.name, log: i.log }));
  const pair = [instances[0]!, instances[1]!] as [Instance, Instance];
  console.log(`Instances: ${instances.map((i) => `${i.name} ${i.baseUrl} (log ${i.log})`).join(", ")}`);
  let exitCode = 1;
  try {
    const { people } = setting;
    console.log("\nBefore the load:");
    const before: ProofResult[] = [];
    for (const [name, prove] of [
      ["sign-in limit across instances", () => proveLockout(pair, people.lockout, people.password)],
      ["sign-out across instances", () => proveSignOutEnds(pair, people.session, people.password)],
      ["session across instances", () => proveSessionEnds(pair, people.session, people.admin, people.password)],
    ] as const) {
      const proof = await safely(name, prove);
      before.push(proof);
      console.log(`  ${passLine(proof)}`);
    }

    console.log(`\nSigning in ${o.reporters} reporters (token from one instance, form posted to the other)…`);
    const signInStarted = performance.now();
    const signInRecorder = new Recorder(signInStarted);
    const signedIn = await Promise.all(
      people.reporters.map((person, index) => signInReporter({ person, password: people.password, index, instances: pair, recorder: signInRecorder })),
    );
    const signInSeconds = (performance.now() - signInStarted) / 1000;
    const reporters = signedIn.filter((r): r is Reporter => r !== null);

    console.log(`Load: ${reporters.length} reporters and ${o.readers} readers for ${o.seconds} s…`);
    const run = await timedPhase(instances, setting, reporters, o, mark);
    const inDatabase = await countSaved(o.databaseUrl, `${mark} reporter`);
    const savedProof: ProofResult = {
      name: "acknowledged submissions are in the database",
      pass: inDatabase === run.saved.length,
      detail: `${run.saved.length} acknowledged (each form opened on one instance, posted to the other), ${inDatabase} in the database`,
    };
    const proofs = [...before, ...run.proofs, savedProof];
    await stopInstances(instances);
    instances = [];
    const logs = Object.fromEntries(logFiles.map((i) => [i.name, readLogSummary(i.log)]));

    const client = await connect(o.databaseUrl);
    const machine = await describeMachine(client, appDir).finally(() => client.end());
    const rows = [...signInRecorder.rows(signInSeconds), ...run.recorder.rows(run.seconds)];
    const errors = signInRecorder.errors + run.recorder.errors;
    const errorSamples = [...signInRecorder.errorSamples, ...run.recorder.errorSamples];
    const errorCounts = Object.fromEntries([...signInRecorder.errorCounts, ...run.recorder.errorCounts]);

    console.log(`\n${markdownTable(rows)}\n`);
    console.log(
      `${reporters.length} reporters, ${o.readers} readers, ${run.seconds} s (the last answers came ${run.drainSeconds.toFixed(1)} s after), ${run.recorder.requests} requests (${Object.entries(
        run.recorder.perInstance,
      )
        .map(([name, n]) => `${n} to ${name}`)
        .join(", ")}; sign-ins before: ${signInRecorder.requests} requests in ${signInSeconds.toFixed(1)} s); ` +
        `${machine.cpus} × ${machine.cpuModel}, ${machine.postgres}, Node ${machine.node}; load average ${run.load.before.map((x) => x.toFixed(2)).join("/")} before, ${run.load.after.map((x) => x.toFixed(2)).join("/")} after; ` +
        `CPU seconds: ${Object.entries(run.cpuSeconds)
          .map(([who, s]) => `${who} ${s.toFixed(1)}`)
          .join(", ")}`,
    );
    console.log("\nProofs:");
    for (const proof of proofs) console.log(`  ${passLine(proof)}`);
    for (const [name, log] of Object.entries(logs)) console.log(`Instance ${name}'s log: ${logLine(log)}`);
    if (errors) {
      console.log(`\n${errors} ERRORS: ${JSON.stringify(errorCounts)}. Samples:`);
      for (const sample of errorSamples.slice(0, 20))
        console.log(`  at ${sample.atSecond} s, ${sample.route} on ${sample.instance}: ${sample.kind}: ${sample.detail}`);
    } else console.log("\nNo errors.");

    const file = path.join(REPO, "bench/load/results/load.json");
    mkdirSync(path.dirname(file), { recursive: true });
    const model = {
      reporters: o.reporters,
      readers: o.readers,
      seconds: o.seconds,
      reporterThinkMs: o.reporterThink,
      readerThinkMs: o.readerThink,
      comparisonShare: COMPARISON_SHARE,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      databasePoolMax: o.poolMax ?? "app default",
    };
    const record = {
      machine,
      model,
      seconds: run.seconds,
      drainSeconds: run.drainSeconds,
      requestsPerInstance: run.recorder.perInstance,
      load: run.load,
      cpuSeconds: run.cpuSeconds,
      rows,
      errors,
      errorCounts,
      errorSamples,
      proofs,
      logs,
      scratch: o.scratch,
    };
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`Written to ${path.relative(REPO, file)}; instance logs in ${o.scratch}.`);
    exitCode = errors === 0 && proofs.every((proof) => proof.pass !== false) ? 0 : 1;
  } finally {
    await stopInstances(instances);
    if (args.has("keep-db")) console.log(`Kept ${o.databaseUrl}.`);
    else await dropDatabase(o.databaseUrl);
  }
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

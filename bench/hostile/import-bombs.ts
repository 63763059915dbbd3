/**
 * Spreadsheet bombs against the production build (issue 13): what one upload of a hostile file costs the server
 * (time to the answer, CPU, peak memory of the whole process, worker thread included) and how long /api/health
 * and a signed-in page take to answer meanwhile; with the largest honest file (20 000 rows × 25 columns) and an
 * ordinary CSV for comparison. Each case runs on a freshly started server, through the real upload form, posted
 * as a browser without JavaScript does, signed in as the demo editor. The files are generated here
 * (lib/testing/test-xlsx.ts, the same builders the hostile-input tests use).
 *
 *   npx tsx bench/hostile/import-bombs.ts                          copy to /tmp/ashyq-import-bombs, build, run all
 *   npx tsx bench/hostile/import-bombs.ts --no-sync --skip-build   again, on the same build
 *   npx tsx bench/hostile/import-bombs.ts --cases=cell-16mb --label=before --app-dir=/tmp/older-build --no-sync --skip-build
 *
 * It drops and recreates the database ashyq_import_bombs on 127.0.0.1:5432 (--database-url= another
 * ashyq_import_bombs… on this machine), migrates and seeds it. Results: bench/hostile/results/import-bombs-<label>.json (the latest run per label).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { poolConfigFromUrl } from "@/lib/database-url";
import { DEMO_PASSWORD } from "@/lib/demo";
import ruImport from "@/lib/i18n/messages/ru/import.json";
import { bigCellXlsx, largeHonestXlsx, manyRowsXlsx } from "@/lib/testing/test-xlsx";
import { decodeEntities } from "../crash/form";
import { cpuMs, pidListeningOn } from "../embed/server-cpu";
import { observationsCsv } from "../import/generate-csv";
import { prepareCopy, startApp } from "../lib/app";
import { parseArgs } from "../lib/args";
import { recreateSeededDatabase } from "../lib/bench-db";
import { signIn } from "../lib/http";
import { describeMachine } from "../lib/machine";
import { summarize } from "../lib/stats";
import { groupPids, mib, peakBytes, resetPeak, residentBytes, sampleResident } from "./server-memory";

const EDITOR = "editor@demo.ashyq";
const ANSWER_TIMEOUT_MS = 600_000;
const repo = path.resolve(import.meta.dirname, "../..");
const args = parseArgs(process.argv.slice(2));
const databaseUrl = args.get("database-url") ?? "postgresql://postgres@127.0.0.1:5432/ashyq_import_bombs";
const label = args.get("label") ?? "current";
/** Signed in once: the session outlives the restarts, and signing in again and again would meet the sign-in limit. */
let cookie: string | undefined;

type Upload = { name: string; type: string; bytes: Uint8Array };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const utf8 = (text: string) => new TextEncoder().encode(text);

type Case = { name: string; what: string; upload: () => Upload };
const CASES: Case[] = [
  {
    name: "honest-csv",
    what: "20 000 observations as CSV (the import benchmark's file)",
    upload: () => ({ name: "observations.csv", type: "text/csv", bytes: utf8(observationsCsv({ officials: 500, rows: 20_000 })) }),
  },
  {
    name: "honest-xlsx",
    what: "the largest honest XLSX: 20 000 rows × 25 filled columns, inline strings",
    upload: () => ({ name: "largest.xlsx", type: XLSX, bytes: largeHonestXlsx() }),
  },
  {
    name: "cell-16mb",
    what: "an XLSX whose one cell unpacks to 16 MB of text (issue 13)",
    upload: () => ({ name: "cell-16mb.xlsx", type: XLSX, bytes: bigCellXlsx(16_000_000) }),
  },
  {
    name: "rows-650k",
    what: "an XLSX of 650 000 rows, just under 5 MB (issue 13: a million rows in 5 MB)",
    upload: () => ({ name: "rows.xlsx", type: XLSX, bytes: manyRowsXlsx(650_000) }),
  },
  {
    name: "cell-300mb",
    what: "an XLSX whose one cell unpacks to 300 MB (issue 13)",
    upload: () => ({ name: "cell-300mb.xlsx", type: XLSX, bytes: bigCellXlsx(300_000_000) }),
  },
  {
    name: "csv-million-lines",
    what: "a CSV of a million lines",
    upload: () => ({ name: "lines.csv", type: "text/csv", bytes: utf8(`ФИО\n${"x\n".repeat(1_000_000)}`) }),
  },
];

const prepareDatabase = (appDir: string) => recreateSeededDatabase({ databaseUrl, namePrefix: "ashyq_import_bombs", appDir });

/** The upload form's hidden inputs (React's Server Action reference and `useActionState`'s key), in document order. */
function readUploadForm(html: string): [string, string][] {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/gi)].map((match) => match[0]).find((candidate) => candidate.includes('name="file"'));
  if (!form) throw new Error("No upload form on /import (signed out, or the form changed?)");
  const hidden: [string, string][] = [];
  for (const [input] of form.matchAll(/<input\b[^>]*>/gi)) {
    if (!/\btype="hidden"/.test(input)) continue;
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) hidden.push([decodeEntities(name), decodeEntities(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? "")]);
  }
  if (!hidden.some(([name]) => name.startsWith("$ACTION"))) throw new Error("The upload form has no Server Action fields");
  return hidden;
}

/**
 * What the editor was shown: taken to the next step, the refusal under the file field (named by the message's
 * longest fixed wording: the page also carries every message, for the form's own use), or the form's error.
 */
function answerOf(status: number, location: string | null, body: string): string {
  if (status === 303 && location && /\/import\/[^/?]+$/.test(location)) return "accepted";
  const text = decodeEntities(body);
  const fileError = /<p id="file-error"[^>]*>([\s\S]*?)<\/p>/.exec(text)?.[1];
  if (fileError) {
    let found: { key: string; length: number } | undefined;
    for (const [key, message] of Object.entries(ruImport.problems)) {
      const fixed = message.split(/\{[^}]*\}/).sort((a, b) => b.length - a.length)[0]!;
      if (fixed.length > 8 && fileError.includes(fixed) && fixed.length > (found?.length ?? 0)) found = { key, length: fixed.length };
    }
    return `refused: ${found?.key ?? fileError}`;
  }
  const alert = /role="alert"[^>]*>([^<]+)</.exec(text)?.[1];
  return alert ? `failed: ${alert}` : `status ${status}${location ? ` → ${location}` : ""}`;
}

/** A URL asked again and again, one request at a time, while the upload is processed: how long each answer took. */
function keepAsking(url: string, headers: Record<string, string>, pauseMs: number): { stop: () => Promise<{ latenciesMs: number[]; failures: number }> } {
  const latenciesMs: number[] = [];
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(60_000) });
        await response.text();
        if (response.ok) latenciesMs.push(performance.now() - started);
        else failures++;
      } catch {
        failures++;
      }
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { latenciesMs, failures };
    },
  };
}

const latencySummary = ({ latenciesMs, failures }: { latenciesMs: number[]; failures: number }) => {
  const summary = summarize(latenciesMs);
  return { answered: summary.runs, failed: failures, p50Ms: Number(summary.p50.toFixed(1)), maxMs: Number(summary.max.toFixed(1)) };
};

async function runCase(appDir: string, benchCase: Case, upload: Upload) {
  const app = await startApp({ dir: appDir, databaseUrl });
  try {
    const serverPid = pidListeningOn(Number(new URL(app.baseUrl).port));
    if (!serverPid) throw new Error("Cannot find the server's process (is /proc readable?)");
    const pids = groupPids(serverPid);
    const session = (cookie ??= await signIn(app.baseUrl, EDITOR, DEMO_PASSWORD));
    const page = `${app.baseUrl}/import`;
    const hidden = readUploadForm(await (await fetch(page, { headers: { cookie: session } })).text());
    // Warm: the first render of a page compiles nothing in production, but fills caches and opens connections.
    const idle = keepAsking(`${app.baseUrl}/api/health`, {}, 100);
    const idlePage = keepAsking(page, { cookie: session }, 250);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const idleHealth = latencySummary(await idle.stop());
    const idlePageLatency = latencySummary(await idlePage.stop());

    const residentBefore = residentBytes(pids);
    const cpuBefore = cpuMs(serverPid);
    resetPeak(pids);
    const sampling = sampleResident(pids);
    const health = keepAsking(`${app.baseUrl}/api/health`, {}, 100);
    const pageDuring = keepAsking(page, { cookie: session }, 250);
    const loadBefore = os.loadavg()[0]!;
    const body = new FormData();
    for (const [name, value] of hidden) body.append(name, value);
    body.append("kind", "OBSERVATIONS");
    body.append("file", new File([new Uint8Array(upload.bytes)], upload.name, { type: upload.type }));
    const started = performance.now();
    let answer: string;
    try {
      const response = await fetch(page, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: session, origin: app.baseUrl, referer: page },
        body,
        signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
      });
      answer = answerOf(response.status, response.headers.get("location"), await response.text());
    } catch (error) {
      answer = `no answer: ${(error as { cause?: { code?: string } }).cause?.code ?? String(error)}`;
    }
    const seconds = (performance.now() - started) / 1000;
    const sampledPeak = sampling.stop();
    const peak = peakBytes(pids);
    const serverAlive = groupPids(serverPid).length > 0;
    const cpuSeconds = serverAlive ? (cpuMs(serverPid) - cpuBefore) / 1000 : null;
    const during = latencySummary(await health.stop());
    const pageLatency = latencySummary(await pageDuring.stop());
    return {
      case: benchCase.name,
      what: benchCase.what,
      fileBytes: upload.bytes.length,
      answer,
      seconds: Number(seconds.toFixed(2)),
      serverCpuSeconds: cpuSeconds === null ? null : Number(cpuSeconds.toFixed(2)),
      residentBeforeMiB: mib(residentBefore),
      peakMiB: mib(peak),
      sampledPeakMiB: mib(sampledPeak),
      residentAfterMiB: serverAlive ? mib(residentBytes(pids)) : null,
      serverAlive,
      healthIdle: idleHealth,
      healthDuring: during,
      pageIdle: idlePageLatency,
      pageDuring: pageLatency,
      loadAverage: { before: loadBefore, after: os.loadavg()[0]! },
    };
  } finally {
    await app.stop();
  }
}

async function main() {
  const wanted = args.get("cases")?.split(",") ?? CASES.map((c) => c.name);
  const cases = CASES.filter((c) => wanted.includes(c.name));
  if (cases.length !== wanted.length) throw new Error(`--cases takes some of: ${CASES.map((c) => c.name).join(", ")}`);
  const appDir = prepareCopy(repo, new Map([["app-dir", "/tmp/ashyq-import-bombs"], ...args]));
  console.log(`Preparing the database ${databaseUrl} (drop, create, migrate, seed)…`);
  await prepareDatabase(appDir);

  const client = new pg.Client(poolConfigFromUrl(databaseUrl));
  await client.connect();
  const machine = await describeMachine(client, appDir);
  await client.end();

  const results = [];
  for (const benchCase of cases) {
    const generated = performance.now();
    const upload = benchCase.upload();
    console.log(
      `${benchCase.name}: ${benchCase.what} (${(upload.bytes.length / 1024).toFixed(0)} KB, made in ${((performance.now() - generated) / 1000).toFixed(1)} s)…`,
    );
    const result = await runCase(appDir, benchCase, upload);
    results.push(result);
    console.log(
      `  ${result.answer} after ${result.seconds} s, server CPU ${result.serverCpuSeconds ?? "—"} s; peak ${result.peakMiB} MiB (from ${result.residentBeforeMiB}; sampled ${result.sampledPeakMiB}); ` +
        `health p50 ${result.healthDuring.p50Ms} ms, max ${result.healthDuring.maxMs} ms (idle ${result.healthIdle.p50Ms}), ${result.healthDuring.failed} failed; ` +
        `/import p50 ${result.pageDuring.p50Ms} ms, max ${result.pageDuring.maxMs} ms (idle ${result.pageIdle.p50Ms}), ${result.pageDuring.failed} failed; ` +
        `load ${result.loadAverage.before.toFixed(2)} → ${result.loadAverage.after.toFixed(2)}`,
    );
  }
  const out = path.join(repo, "bench/hostile/results", `import-bombs-${label}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ label, machine, results }, null, 2)}\n`);
  console.log(`Details: ${path.relative(repo, out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

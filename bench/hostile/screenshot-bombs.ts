/**
 * Screenshot decompression bombs against the production build (issue 13): what one request with ten hostile files
 * costs the server in time and peak memory, and how long the health check waits meanwhile; the largest accepted
 * screenshots, alone and from three reporters at once, and ordinary phone screenshots, for comparison. Each case
 * runs on a freshly started server, through the real observation form, posted as a browser without JavaScript does.
 *
 *   npx tsx bench/hostile/screenshot-bombs.ts                          copy to /tmp/ashyq-bombs, build, run all
 *   npx tsx bench/hostile/screenshot-bombs.ts --no-sync --skip-build   again, on the same build
 *   npx tsx bench/hostile/screenshot-bombs.ts --cases=jpeg-bomb --label=before --app-dir=/tmp/older-build --no-sync --skip-build
 *
 * It drops and recreates the database ashyq_bombs on 127.0.0.1:5432 (--database-url= another ashyq_bombs… on this
 * machine), migrates and seeds it. Results: bench/hostile/results/screenshot-bombs-<label>.json (the latest run per label).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { poolConfigFromUrl } from "@/lib/database-url";
import { DEMO_PASSWORD } from "@/lib/demo";
import ruValidation from "@/lib/i18n/messages/ru/validation.json";
import { decodeEntities, prefilledValue, readObservationForm } from "../crash/form";
import { readSetting } from "../crash/snapshot";
import { pidListeningOn } from "../embed/server-cpu";
import { prepareCopy, startApp } from "../lib/app";
import { parseArgs } from "../lib/args";
import { recreateSeededDatabase } from "../lib/bench-db";
import { signIn } from "../lib/http";
import { describeMachine } from "../lib/machine";
import { observationFormFields } from "../lib/observation-form-fields";
import { summarize } from "../lib/stats";
import { jpegBomb, largestAccepted, phoneScreenshot, pngBomb, type Upload } from "./bomb-images";
import { groupPids, mib, peakBytes, resetPeak, residentBytes, sampleResident } from "./server-memory";

const REPORTER = "reporter@demo.ashyq";
const ANSWER_TIMEOUT_MS = 600_000;
const repo = path.resolve(import.meta.dirname, "../..");
const args = parseArgs(process.argv.slice(2));
const databaseUrl = args.get("database-url") ?? "postgresql://postgres@127.0.0.1:5432/ashyq_bombs";
const label = args.get("label") ?? "current";
/** Signed in once: the session outlives the restarts, and signing in again and again would meet the sign-in limit. */
let cookie: string | undefined;

type Case = {
  name: string;
  what: string;
  upload: () => Promise<Upload>;
  requests: number;
  filesPerRequest: number;
  /** The form names an account of another official than the one chosen: a request the app refuses whatever its files. */
  wrongAccount?: boolean;
};
type Subject = { officialId: string; accountId: string; platform: string };
const CASES: Case[] = [
  { name: "phone", what: "ten phone screenshots (1080 × 2400 PNG)", upload: phoneScreenshot, requests: 1, filesPerRequest: 10 },
  { name: "largest", what: "ten of the largest accepted (5000 × 8000 JPEG, EXIF-turned)", upload: largestAccepted, requests: 1, filesPerRequest: 10 },
  { name: "largest-x3", what: "three reporters at once, ten of the largest accepted each", upload: largestAccepted, requests: 3, filesPerRequest: 10 },
  { name: "jpeg-bomb", what: "ten 16000 × 16000 JPEGs with an EXIF orientation (issue 13)", upload: jpegBomb, requests: 1, filesPerRequest: 10 },
  { name: "png-bomb", what: "ten 16000 × 16000 PNGs", upload: pngBomb, requests: 1, filesPerRequest: 10 },
  {
    name: "refused-with-bombs",
    what: "ten of the JPEG bombs in a request refused for its account",
    upload: jpegBomb,
    requests: 1,
    filesPerRequest: 10,
    wrongAccount: true,
  },
];

const prepareDatabase = (appDir: string) => recreateSeededDatabase({ databaseUrl, namePrefix: "ashyq_bombs", appDir });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * The file refusals, as the page shows them with the file's name in place of {value}: the page also carries
 * every message unfilled, for the form's scripts, so a message is only found with a name in it.
 */
const FILE_REFUSALS = Object.entries(ruValidation)
  .filter(([, message]) => message.includes("{value}"))
  .map(([key, message]) => ({ key, pattern: new RegExp(message.split("{value}").map(escaped).join('[^<"{}]{1,250}')) }));

/** What the reporter was shown: saved (the redirect to the observation), or the refusal the form names. */
function answerOf(status: number, location: string | null, body: string): string {
  if (status === 303 && location && /\/observations\/\w+\?saved=/.test(location)) return "saved";
  const text = decodeEntities(body);
  const refusal = FILE_REFUSALS.find(({ pattern }) => pattern.test(text));
  if (refusal) return `refused: ${refusal.key}`;
  // Field errors are rendered with the id <field>-error (components/ui/field.tsx).
  const fields = [...text.matchAll(/id="(\w+)-error"/g)].map((match) => match[1]);
  if (fields.length > 0) return `refused: ${fields.join(", ")}`;
  return `status ${status}${location ? ` → ${location}` : ""}`;
}

/** /api/health asked again and again, one at a time, while the upload is processed: how long each answer took. */
function pingHealth(baseUrl: string): { stop: () => Promise<{ latenciesMs: number[]; failures: number }> } {
  const latenciesMs: number[] = [];
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(60_000) });
        await response.text();
        if (response.ok) latenciesMs.push(performance.now() - started);
        else failures++;
      } catch {
        failures++;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
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

async function runCase(appDir: string, subject: Subject, benchCase: Case, upload: Upload) {
  const uploadDir = mkdtempSync(path.join(tmpdir(), "ashyq-bombs-uploads-"));
  const app = await startApp({ dir: appDir, databaseUrl, env: { UPLOAD_DIR: uploadDir } });
  try {
    const serverPid = pidListeningOn(Number(new URL(app.baseUrl).port));
    if (!serverPid) throw new Error("Cannot find the server's process (is /proc readable?)");
    const pids = groupPids(serverPid);
    const session = (cookie ??= await signIn(app.baseUrl, REPORTER, DEMO_PASSWORD));
    const forms = [];
    for (let i = 0; i < benchCase.requests; i++) {
      const html = await (await fetch(`${app.baseUrl}/observations/new`, { headers: { cookie: session } })).text();
      forms.push({ hidden: readObservationForm(html), observedAt: prefilledValue(html, "observedAt") ?? "" });
    }
    const idle = await pingHealth(app.baseUrl);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const idleHealth = await idle.stop();

    const residentBefore = residentBytes(pids);
    resetPeak(pids);
    const sampling = sampleResident(pids);
    const health = pingHealth(app.baseUrl);
    const loadBefore = os.loadavg()[0]!;
    const started = performance.now();
    const answers = await Promise.all(
      forms.map(async (form) => {
        const body = new FormData();
        for (const [name, value] of form.hidden) body.append(name, value);
        const filled = { ...subject, observedAt: form.observedAt, existence: "FOUND", internalNote: `screenshot bombs: ${benchCase.name}` };
        for (const [name, value] of observationFormFields({ filled })) body.append(name, value);
        for (let i = 0; i < benchCase.filesPerRequest; i++)
          body.append("screenshots", new File([new Uint8Array(upload.bytes)], `${i + 1}-${upload.name}`, { type: upload.type }));
        body.append("intent", "draft");
        try {
          const response = await fetch(`${app.baseUrl}/observations/new`, {
            method: "POST",
            redirect: "manual",
            headers: { cookie: session, origin: app.baseUrl, referer: `${app.baseUrl}/observations/new` },
            body,
            signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
          });
          const text = await response.text();
          return {
            seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
            answer: answerOf(response.status, response.headers.get("location"), text),
          };
        } catch (error) {
          const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
          return { seconds: Number(((performance.now() - started) / 1000).toFixed(2)), answer: `no answer: ${cause}` };
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const sampledPeak = sampling.stop();
    const peak = peakBytes(pids);
    const during = await health.stop();
    const serverAlive = groupPids(serverPid).length > 0;
    const latency = summarize(during.latenciesMs);
    return {
      case: benchCase.name,
      what: benchCase.what,
      requests: benchCase.requests,
      filesPerRequest: benchCase.filesPerRequest,
      fileBytes: upload.bytes.length,
      answers,
      seconds: Number(seconds.toFixed(2)),
      residentBeforeMiB: mib(residentBefore),
      peakMiB: mib(peak),
      sampledPeakMiB: mib(sampledPeak),
      residentAfterMiB: serverAlive ? mib(residentBytes(pids)) : null,
      serverAlive,
      healthIdleMs: Number(summarize(idleHealth.latenciesMs).p50.toFixed(1)),
      healthDuring: { answered: latency.runs, failed: during.failures, p50Ms: Number(latency.p50.toFixed(1)), maxMs: Number(latency.max.toFixed(1)) },
      loadAverage: { before: loadBefore, after: os.loadavg()[0]! },
    };
  } finally {
    await app.stop();
    rmSync(uploadDir, { recursive: true, force: true });
  }
}

async function main() {
  const wanted = args.get("cases")?.split(",") ?? CASES.map((c) => c.name);
  const cases = CASES.filter((c) => wanted.includes(c.name));
  if (cases.length !== wanted.length) throw new Error(`--cases takes some of: ${CASES.map((c) => c.name).join(", ")}`);
  const appDir = prepareCopy(repo, new Map([["app-dir", "/tmp/ashyq-bombs"], ...args]));
  console.log(`Preparing the database ${databaseUrl} (drop, create, migrate, seed)…`);
  await prepareDatabase(appDir);
  const setting = await readSetting(databaseUrl, REPORTER);
  const subject = setting.subjects[0]!;
  const othersAccount = setting.subjects.find((other) => other.officialId !== subject.officialId && other.platform === subject.platform);
  if (!othersAccount) throw new Error("The seed has no second official with an account on the same platform");

  const client = new pg.Client(poolConfigFromUrl(databaseUrl));
  await client.connect();
  const machine = await describeMachine(client, appDir);
  await client.end();

  const uploads = new Map<Case["upload"], Upload>();
  const results = [];
  for (const benchCase of cases) {
    if (!uploads.has(benchCase.upload)) {
      const generated = performance.now();
      uploads.set(benchCase.upload, await benchCase.upload());
      console.log(
        `Made ${uploads.get(benchCase.upload)!.name} (${(uploads.get(benchCase.upload)!.bytes.length / 2 ** 20).toFixed(2)} MiB) in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
      );
    }
    console.log(`${benchCase.name}: ${benchCase.what}…`);
    const result = await runCase(
      appDir,
      benchCase.wrongAccount ? { ...subject, accountId: othersAccount.accountId } : subject,
      benchCase,
      uploads.get(benchCase.upload)!,
    );
    results.push(result);
    console.log(
      `  ${result.seconds} s; peak ${result.peakMiB} MiB (from ${result.residentBeforeMiB}; sampled ${result.sampledPeakMiB}); ` +
        `health p50 ${result.healthDuring.p50Ms} ms, max ${result.healthDuring.maxMs} ms (idle ${result.healthIdleMs} ms), ${result.healthDuring.failed} failed; ` +
        `load ${result.loadAverage.before.toFixed(2)} → ${result.loadAverage.after.toFixed(2)}; ${result.answers.map((a) => `${a.answer} after ${a.seconds.toFixed(2)} s`).join("; ")}`,
    );
  }
  const out = path.join(repo, "bench/hostile/results", `screenshot-bombs-${label}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ label, machine, results }, null, 2)}\n`);
  console.log(`Details: ${path.relative(repo, out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

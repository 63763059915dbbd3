/**
 * The open-data exports at national scale (issue 17, part 1; decision 0016): for observations.csv,
 * observations.json (a first page, and whole), officials.json and popolo.json, the time to the first byte, the
 * total time and the size, the first time (the file is built while it is sent) and again (sent from the file,
 * gzipped); the server's resident memory throughout (sampled from /proc, and its peak, VmHWM); and the comparison
 * embed's latency alone and while four whole downloads run at once, from the files and while they are built.
 *
 *   npm run bench:exports                                   sync a copy to /tmp/ashyq-bench, build it, measure
 *   npm run bench:exports -- --skip-build --no-sync --database-url=postgresql://postgres@127.0.0.1:5432/ashyq_bench_full
 *
 * The database is only read (ashyq_bench_full, or BENCH_DATABASE_URL_FULL, or --database-url); it must have every
 * migration. Writes bench/results/exports.json (the latest run; earlier ones are in git).
 *
 *   --app-dir=DIR  --no-sync  --skip-build   as bench:render        --embed-runs=N  embed requests alone (default 100)
 *   --port=N       the server's port (default a free one)
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { prepareCopy, startApp } from "./lib/app";
import { intArg, parseArgs } from "./lib/args";
import { benchDatabaseUrl, connect } from "./lib/bench-db";
import { describeMachine } from "./lib/machine";
import { ms, summarize, type Summary } from "./lib/stats";

const REPO = path.resolve(import.meta.dirname, "..");
const EMBED = "/embed/comparison?lang=en";
const MiB = 2 ** 20;

type Download = { path: string; gzip: boolean; status: number; firstByteMs: number; totalMs: number; bytes: number; etag: boolean; error?: string };

/** One GET read to its end, counting the bytes as sent (compressed when `gzip`), timed to the first and last byte. */
function download(baseUrl: string, pathAndQuery: string, gzip: boolean): Promise<Download> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}${pathAndQuery}`, { headers: { "Accept-Encoding": gzip ? "gzip" : "identity" } }, (response) => {
      let firstByteMs = Number.NaN;
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
        bytes += chunk.length;
      });
      response.on("end", () =>
        resolve({
          path: pathAndQuery,
          gzip: response.headers["content-encoding"] === "gzip",
          status: response.statusCode ?? 0,
          firstByteMs,
          totalMs: performance.now() - started,
          bytes,
          etag: Boolean(response.headers.etag),
        }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** The server's memory: its resident set now, and its peak (VmHWM) since it started, in MiB. */
function memory(pid: number): { rssMiB: number; hwmMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: kib("VmRSS") / 1024, hwmMiB: kib("VmHWM") / 1024 };
}

/** Samples the resident memory of the server's whole process group every 100 ms (Next may run workers). */
function sampleMemory(pid: number): { stop: () => { peakMiB: number; groupPeakMiB: number } } {
  let peakMiB = 0;
  let groupPeakMiB = 0;
  const sample = () => {
    try {
      peakMiB = Math.max(peakMiB, memory(pid).rssMiB);
      const rss = execFileSync("ps", ["-o", "rss=", "-g", String(pid)], { encoding: "utf8" });
      groupPeakMiB = Math.max(groupPeakMiB, rss.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024);
    } catch {
      // the server is gone: the measurement will say so
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      sample(); // a download shorter than 100 ms has one sample before and one after
      return { peakMiB, groupPeakMiB };
    },
  };
}

async function embedLatency(baseUrl: string, until: () => boolean, maxRuns = Infinity): Promise<Summary> {
  const samples: number[] = [];
  while (!until() && samples.length < maxRuns) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${EMBED}`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${EMBED} answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

const WHOLE = ["/api/public/observations.csv", "/api/public/observations.json", "/api/public/officials.json", "/api/public/popolo.json"];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const appDir = prepareCopy(REPO, args);
  const databaseUrl = args.get("database-url") ?? benchDatabaseUrl("full");
  const client = await connect(databaseUrl);
  const [{ count }] = (await client.query<{ count: string }>(`SELECT count(*) FROM "observations" WHERE "status" = 'APPROVED'`)).rows as [{ count: string }];
  const app = await startApp({ dir: appDir, databaseUrl, port: args.has("port") ? intArg(args, "port", 0) : undefined });
  const log = (line: string) => console.log(`${line}  (load ${os.loadavg()[0]!.toFixed(2)})`);
  try {
    const startMiB = memory(app.pid).rssMiB;
    const file = path.join(REPO, "bench/results/exports.json");
    const machine = await describeMachine(client, appDir);
    // Written after every step, so that a run cut short still leaves what it measured.
    const save = () => {
      const end = memory(app.pid);
      const results = {
        machine,
        approvedObservations: Number(count),
        memoryMiB: { atStart: startMiB, peak: end.hwmMiB, now: end.rssMiB },
        embedAlone,
        downloads,
        concurrent,
      };
      writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    };
    log(`server ${app.pid} on ${app.baseUrl}, ${count} approved observations, ${startMiB.toFixed(0)} MiB at start`);
    await embedLatency(app.baseUrl, () => false, 10);
    const embedAlone = await embedLatency(app.baseUrl, () => false, intArg(args, "embed-runs", 100));
    log(`${EMBED} alone: p50 ${ms(embedAlone.p50)} ms, p95 ${ms(embedAlone.p95)} ms`);

    // Each export once while its file is built (plain, as the first reader gets it), then from the finished file.
    const concurrent: Record<
      string,
      { embed: Summary; downloads: Download[]; rssPeakMiB: number; groupRssPeakMiB: number; wallMs: number; loadAverage: number }
    > = {};
    const downloads: (Download & { phase: string; rssPeakMiB: number; groupRssPeakMiB: number; hwmMiB: number; loadAverage: number })[] = [];
    const measure = async (phase: string, pathAndQuery: string, gzip: boolean) => {
      const sampler = sampleMemory(app.pid);
      const result = await download(app.baseUrl, pathAndQuery, gzip);
      const { peakMiB, groupPeakMiB } = sampler.stop();
      downloads.push({ phase, ...result, rssPeakMiB: peakMiB, groupRssPeakMiB: groupPeakMiB, hwmMiB: memory(app.pid).hwmMiB, loadAverage: os.loadavg()[0]! });
      log(
        `${phase.padEnd(6)} ${pathAndQuery.padEnd(48)} ${result.status} first byte ${ms(result.firstByteMs)} ms, total ${ms(result.totalMs)} ms, ` +
          `${(result.bytes / MiB).toFixed(1)} MiB${result.gzip ? " gzip" : ""}${result.etag ? "" : ", no ETag"}; RSS peak ${peakMiB.toFixed(0)} MiB, VmHWM ${memory(app.pid).hwmMiB.toFixed(0)} MiB`,
      );
    };
    await measure("page", "/api/public/observations.json?limit=1000", false);
    // The small documents first, then the CSV, which the concurrent downloads need; the large JSON ones last.
    for (const path of [WHOLE[2]!, WHOLE[0]!]) {
      await measure("build", path, false);
      await measure("file", path, true);
      await measure("file", path, false);
      save();
    }

    // Four whole downloads at once, from the files, then while four new files are built (a filter that keeps
    // everything makes new ones), with the embed requested one after another meanwhile.
    const phases = [
      ["four from files", ["/api/public/observations.csv", "/api/public/observations.csv", "/api/public/observations.csv", "/api/public/officials.json"]],
      ["four builds", WHOLE.map((p) => `${p}?since=2000-01-01`)],
    ] as const;
    for (const [phase, paths] of args.has("skip-concurrent-builds") ? phases.slice(0, 1) : phases) {
      const sampler = sampleMemory(app.pid);
      const started = performance.now();
      let done = false;
      // A download cut short is a result (status 0 and why), not a crash: a rejection left unhandled while the
      // embed is measured ended the process before it stopped the server, which then built on for minutes.
      const all = Promise.all(
        paths.map((p) =>
          download(app.baseUrl, p, phase === "four from files").catch((error: unknown): Download => ({
            path: p,
            gzip: false,
            status: 0,
            firstByteMs: Number.NaN,
            totalMs: Number.NaN,
            bytes: 0,
            etag: false,
            error: String(error),
          })),
        ),
      ).finally(() => (done = true));
      const embed = await embedLatency(app.baseUrl, () => done);
      const results = await all;
      const { peakMiB, groupPeakMiB } = sampler.stop();
      concurrent[phase] = {
        embed,
        downloads: results,
        rssPeakMiB: peakMiB,
        groupRssPeakMiB: groupPeakMiB,
        wallMs: performance.now() - started,
        loadAverage: os.loadavg()[0]!,
      };
      log(
        `${phase}: ${ms(performance.now() - started)} ms for all four; embed p50 ${ms(embed.p50)} ms, p95 ${ms(embed.p95)} ms (${embed.runs} requests); RSS peak ${peakMiB.toFixed(0)} MiB`,
      );
      save();
      if (phase === "four from files") {
        for (const path of [WHOLE[1]!, WHOLE[3]!]) {
          await measure("build", path, false);
          await measure("file", path, true);
          save();
        }
      }
    }
    const end = memory(app.pid);
    log(`server memory: ${startMiB.toFixed(0)} MiB at start, peak (VmHWM) ${end.hwmMiB.toFixed(0)} MiB, ${end.rssMiB.toFixed(0)} MiB at the end`);
    save();
    console.log(`Wrote ${path.relative(REPO, file)}`);
  } finally {
    await app.stop();
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

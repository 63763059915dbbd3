/**
 * One open-data export built by the data layer alone, without Next or HTTP: what bench:exports' "while built"
 * figures are made of, to profile (decision 0016, issue 17). Writes the document to a file (or nowhere) and says
 * how long the head took, the whole, the bytes, and the process's memory (peak resident set, sampled).
 *
 *   node --conditions=react-server --import tsx bench/profile-exports.ts --export=observations.csv \
 *     --database-url=postgresql://postgres@127.0.0.1:5432/ashyq_exports_full [--out=/tmp/x.csv] [--query=asOf=2025-01-01]
 *
 * Add `--cpu-prof --cpu-prof-dir=/tmp/prof` before `--import` for a CPU profile (open it in Chrome's DevTools).
 * The database is only read.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { intArg, parseArgs } from "./lib/args";
import { assertLocal } from "./lib/bench-db";

const args = parseArgs(process.argv.slice(2));
const databaseUrl = args.get("database-url");
if (!databaseUrl) throw new Error("--database-url=… is required (a full-scale database, e.g. ashyq_exports_full)");
assertLocal(databaseUrl);
process.env.DATABASE_URL = databaseUrl;
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";

const MiB = 2 ** 20;

async function main() {
  const { DOCUMENTS, exportContext } = await import("@/lib/data/public/open-data-documents");
  const { parseOpenDataQuery } = await import("@/lib/data/public/open-data-query");
  const { disconnectDb } = await import("@/lib/db");
  const name = (args.get("export") ?? "observations.csv") as keyof typeof DOCUMENTS;
  const parsed = parseOpenDataQuery(new URLSearchParams(args.get("query") ?? ""), { pages: false });
  if (!parsed.ok) throw new Error(parsed.error);
  let peak = process.memoryUsage().rss;
  console.log(`RSS at start ${(peak / MiB).toFixed(0)} MiB`);
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  // The longest the event loop waited: what a request the server took meanwhile (an embed) would have waited.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const context = await exportContext(parsed.query, "http://localhost", `/api/public/${name}`);
  const contextMs = performance.now() - started;
  const out = args.has("out") ? createWriteStream(args.get("out")!) : null;
  // As the server's build does: the head written, then let go of, before the body streams.
  const { body, headBytes } = await (async () => {
    const { head, body } = await DOCUMENTS[name](context);
    out?.write(head);
    return { body, headBytes: Buffer.byteLength(head) };
  })();
  const headMs = performance.now() - started;
  const rssAfterHead = process.memoryUsage().rss;
  let bytes = headBytes;
  let pieces = 0;
  const every = intArg(args, "report-every", 50);
  for await (const piece of body) {
    bytes += Buffer.byteLength(piece);
    pieces++;
    if (out && !out.write(piece)) await once(out, "drain");
    if (pieces % every === 0) {
      console.log(
        `  ${pieces} pieces, ${(bytes / MiB).toFixed(0)} MiB, ${((performance.now() - started) / 1000).toFixed(1)} s, RSS ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB`,
      );
    }
  }
  out?.end();
  const totalMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuAtStart);
  loopDelay.disable();
  clearInterval(sampler);
  console.log(
    `${name}${args.get("query") ? `?${args.get("query")}` : ""}: context ${(contextMs / 1000).toFixed(2)} s, head ${(headMs / 1000).toFixed(2)} s (RSS then ${(rssAfterHead / MiB).toFixed(0)} MiB), ` +
      `total ${(totalMs / 1000).toFixed(1)} s (this process's CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s), ${(bytes / MiB).toFixed(1)} MiB in ${pieces} pieces, peak RSS ${(peak / MiB).toFixed(0)} MiB, event loop blocked up to ${(loopDelay.max / 1e6).toFixed(0)} ms (p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms) (load ${os.loadavg()[0]!.toFixed(2)})`,
  );
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

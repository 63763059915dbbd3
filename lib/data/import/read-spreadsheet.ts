import "server-only";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { MAX_CONCURRENT_READS, MAX_WAITING_READS, READ_MEMORY_MEGABYTES, READ_TIMEOUT_SECONDS } from "@/lib/domain/import/limits";
import { isZip, refuseAtOnce, type ReadResult } from "@/lib/domain/import/parse-spreadsheet";
import { partsToUnpack } from "@/lib/domain/import/unpack-xlsx";
import { LineFull, workSlots } from "@/lib/work-slots";

/**
 * Reads an uploaded spreadsheet (lib/domain/import/parse-spreadsheet.ts) without holding up the server: what can
 * be refused from the bytes and the ZIP's central directory alone is refused here at once; the rest is read in a
 * worker thread with a heap limit and a time limit, one file at a time. Before this, an 18 KB XLSX kept the
 * server busy for 95 s and /api/health timed out meanwhile (issue 13).
 */
export async function readSpreadsheet(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  const refused = refuseAtOnce(bytes);
  if (refused) return { ok: false, problem: refused };
  if (isZip(bytes)) {
    const listed = partsToUnpack(bytes);
    if (!listed.ok) return listed;
  }
  try {
    return await reads.run(() => readInWorker(bytes, limits));
  } catch (error) {
    if (error instanceof LineFull) return { ok: false, problem: "busy" };
    throw error;
  }
}

/** For tests of the limits themselves; the app always reads with the defaults. */
export type ReadLimits = { timeoutMs: number; memoryMegabytes: number };
const DEFAULT_LIMITS: ReadLimits = { timeoutMs: READ_TIMEOUT_SECONDS * 1000, memoryMegabytes: READ_MEMORY_MEGABYTES };

/** One file read at a time in this process, a few waiting; past that, "busy". */
const reads = workSlots({ slots: MAX_CONCURRENT_READS, maxWaiting: MAX_WAITING_READS });

function readInWorker(bytes: Uint8Array, { timeoutMs, memoryMegabytes }: ReadLimits): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(memoryMegabytes);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => resolve({ ok: false, problem: "tooSlowToRead" })), timeoutMs);
    worker.once("message", (result: ReadResult) => settle(() => resolve(result)));
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() => (error.code === "ERR_WORKER_OUT_OF_MEMORY" ? resolve({ ok: false, problem: "tooBigToRead" }) : reject(error))),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`The spreadsheet reader stopped (exit code ${code}) without an answer`))));
    // A copy: the caller keeps the bytes (the upload stores them).
    worker.postMessage(bytes);
  });
}

/**
 * In the app, `new Worker(new URL(…, import.meta.url), { … })` written out as Turbopack recognises it: the build
 * bundles the worker into a JavaScript chunk of its own (verified in `next build` + server.ts, through the upload's
 * Server Action). The options must be an object literal: given a variable, Turbopack took the .ts file for a
 * static asset in the pages' bundle, and every upload failed. Run from source (tests, bench scripts), the entry
 * is TypeScript: tsx's require hook loads it, as a worker does not take tsx's `--import` loader on Node 20.
 */
function startWorker(maxOldGenerationSizeMb: number): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./read-spreadsheet-worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb } });
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), "read-spreadsheet-worker.ts");
  return new Worker(`require("tsx/cjs"); require(${JSON.stringify(entry)});`, { eval: true, resourceLimits: { maxOldGenerationSizeMb } });
}

/**
 * Load with autocannon: a fixed number of keep-alive connections, each sending its next request as soon as the
 * last one is answered, for a fixed time. Latencies are taken from autocannon's per-response event rather than
 * its summary, whose histogram keeps whole milliseconds only: at 2–5 ms a response, that rounding alone would
 * move a p50 ratio by 20–50 %.
 */
import os from "node:os";
import autocannon from "autocannon";
import { cpuMs } from "./server-cpu";

/** `serverPid`: the app server's process, whose CPU time is read before and after (see server-cpu.ts). */
export type LoadOptions = { connections: number; seconds: number; serverPid?: number };

export type Segment = {
  target: string;
  round: number;
  /** Seconds autocannon really ran. */
  seconds: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Milliseconds of every 2xx response, from the request's first byte sent to the response's last byte read. */
  latenciesMs: number[];
  /** CPU milliseconds the app server spent during the segment (NaN when its process is unknown). */
  serverCpuMs: number;
  /** One-minute load average of the machine, before and after. */
  loadBefore: number;
  loadAfter: number;
};

export function hammer(url: string, { connections, seconds, serverPid }: LoadOptions): Promise<Omit<Segment, "target" | "round">> {
  const latenciesMs: number[] = [];
  const loadBefore = os.loadavg()[0]!;
  const cpuBefore = serverPid ? cpuMs(serverPid) : Number.NaN;
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 10 }, (error, result) => {
      if (error) return reject(error);
      resolve({
        seconds: result.duration,
        ok: result["2xx"],
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        latenciesMs,
        serverCpuMs: serverPid ? cpuMs(serverPid) - cpuBefore : Number.NaN,
        loadBefore,
        loadAfter: os.loadavg()[0]!,
      });
    });
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTime);
    });
  });
}

export type Target = { name: string; url: string };

/**
 * Every target once per round, the order flipped every other round (A B, B A, A B…), so that a change in the
 * machine's load during the run falls on both sides alike instead of on whichever ran last.
 */
export async function alternate(targets: Target[], rounds: number, options: LoadOptions): Promise<Segment[]> {
  const segments: Segment[] = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? targets : [...targets].reverse();
    for (const target of order) {
      const segment = { target: target.name, round, ...(await hammer(target.url, options)) };
      if (segment.non2xx || segment.errors || segment.timeouts) {
        throw new Error(`${target.url}: ${segment.non2xx} non-2xx, ${segment.errors} errors, ${segment.timeouts} timeouts in round ${round}`);
      }
      console.log(
        `  round ${round} ${target.name.padEnd(7)} ${(segment.ok / segment.seconds).toFixed(0).padStart(6)} req/s` +
          `  ${(segment.serverCpuMs / segment.ok).toFixed(2)} ms server CPU/response` +
          `  (load ${segment.loadBefore.toFixed(2)} → ${segment.loadAfter.toFixed(2)})`,
      );
      segments.push(segment);
    }
  }
  return segments;
}

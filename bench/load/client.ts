/**
 * How the load test's virtual people talk to the app: each has a cookie jar (as a browser does) and sends every
 * request to the next instance in turn (round robin per request, as a load balancer without sticky sessions
 * would), so that every session, form and cookie made on one instance is used on the other.
 */
import type { Recorder } from "./report";
import { classify, routeOf, type Expectation, type Outcome, type RequestError } from "./routes";

export type Instance = { name: string; baseUrl: string };

/** Gives a person's requests to the instances in turn, starting where `offset` says (so people spread evenly). */
export class RoundRobin {
  private turn: number;
  constructor(
    private readonly instances: Instance[],
    offset = 0,
  ) {
    this.turn = offset;
  }
  next(): Instance {
    return this.instances[this.turn++ % this.instances.length]!;
  }
}

/** "name=value" of the cookies a browser would send back; a Max-Age=0 or an expired date removes one. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  constructor(initial: Record<string, string> = {}) {
    for (const [name, value] of Object.entries(initial)) this.cookies.set(name, value);
  }
  take(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair = "", ...attributes] = header.split(";");
      const at = pair.indexOf("=");
      if (at < 1) continue;
      const name = pair.slice(0, at).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()));
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(at + 1).trim());
    }
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export type Sent = { ok: boolean; status: number; location: string | null; body: string; etag: string | null; error: RequestError | null; instance: Instance };

export type Request = {
  method: "GET" | "POST";
  path: string;
  expect: Expectation;
  jar?: CookieJar;
  headers?: Record<string, string>;
  body?: FormData | URLSearchParams;
  /** Looks at an answered body; returns what is wrong with it, if anything (a missing form, an error notice). */
  check?: (body: string, status: number) => string | undefined;
};

export const REQUEST_TIMEOUT_MS = 30_000;

function describe(error: unknown): { error: string; timedOut: boolean } {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return { error: `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`, timedOut: true };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return { error: cause?.code ?? cause?.message ?? String(error), timedOut: false };
}

/**
 * Sends one request to `instance`, times it (hrtime, from sending to the last byte of the body), checks the
 * answer against what was expected and records it in `recorder` (null: not part of the measured traffic).
 * Never throws: a failure is an answer with `ok: false`.
 */
export async function send(instance: Instance, request: Request, recorder: Recorder | null): Promise<Sent> {
  const url = instance.baseUrl + request.path;
  const headers: Record<string, string> = { ...request.headers };
  const cookie = request.jar?.header();
  if (cookie) headers.cookie = cookie;
  // A browser posting a form sends its page's origin; with no load balancer in front, that is the instance's own.
  if (request.method === "POST") {
    headers.origin = instance.baseUrl;
    headers.referer ??= url;
  }
  const startedAt = performance.now();
  const started = process.hrtime.bigint();
  let outcome: Outcome;
  let body = "";
  let etag: string | null = null;
  try {
    const response = await fetch(url, {
      method: request.method,
      headers,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    body = await response.text();
    const setCookies = response.headers.getSetCookie();
    request.jar?.take(setCookies);
    etag = response.headers.get("etag");
    const problem = response.status < 300 || response.status >= 400 ? request.check?.(body, response.status) : undefined;
    outcome = { kind: "answer", status: response.status, location: response.headers.get("location"), setCookies, problem };
  } catch (error) {
    outcome = { kind: "failed", ...describe(error) };
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const error = classify(outcome, request.expect);
  const status = outcome.kind === "answer" ? outcome.status : 0;
  recorder?.record({ route: routeOf(request.method, request.path), instance: instance.name, ms, status, error, at: startedAt });
  return { ok: !error, status, location: outcome.kind === "answer" ? outcome.location : null, body, etag, error, instance };
}

/** Waits `ms` or until `signal` is aborted, whichever comes first. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** A think time: `mean` ± `spread` milliseconds, uniformly distributed. */
export type Think = { mean: number; spread: number };
export const think = ({ mean, spread }: Think, random: () => number = Math.random) => mean - spread + 2 * spread * random();
/** `--…-ms=N`: a mean of N ms, give or take half of it. */
export const thinkOf = (mean: number): Think => ({ mean, spread: mean / 2 });

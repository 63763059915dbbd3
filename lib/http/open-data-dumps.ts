import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { acceptsGzip } from "./accepts-gzip";
import { gzipEtag, ifNoneMatchHits, PUBLIC_VARY } from "./conditional-response";
import { SECURITY_HEADERS } from "./security-headers.js";

/**
 * The open-data exports' whole files (decision 0016), built once per publication version by the route handlers
 * (lib/data/public/open-data-dumps.ts) and kept here, so that server/index.ts sends them from disk before Next:
 * gzipped once when built (Next would gzip every download again, and drops a Content-Encoding a route handler
 * sets), streamed with backpressure. No `server-only` and nothing from Next: server/index.ts imports this; the
 * two copies of the module share one store through globalThis, as server/published-responses.ts does.
 */
export type DumpFile = {
  /** The publication version the file was built under. */
  version: string;
  path: string;
  gzipPath: string;
  size: number;
  gzipSize: number;
  etag: string;
  /** Content-Type, CORS, Link, Content-Disposition, Last-Modified, Cache-Control. */
  headers: Readonly<Record<string, string>>;
};

type Store = { files: Map<string, DumpFile>; version?: { value: string; checkedAt: number }; usedAt: number };
const STORE_KEY = Symbol.for("ashyq.openDataDumps");
/** The version checked within this long is current (the embeds' rule: a change shows within about a second). */
export const DUMP_VERSION_TTL_MS = 1000;

export function dumpStore(): Store {
  const holder = globalThis as typeof globalThis & { [STORE_KEY]?: Store };
  return (holder[STORE_KEY] ??= { files: new Map(), usedAt: 0 });
}

/**
 * The key of a whole export: its path and its filters in one order. A page (`limit`, `after`) has none: pages
 * are small, and answered by Next.
 */
export function dumpKey(pathAndQuery: string): string | null {
  const url = new URL(pathAndQuery, "http://x");
  if (url.searchParams.has("limit") || url.searchParams.has("after")) return null;
  url.searchParams.sort();
  const query = url.searchParams.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** The current file for an address, if the version it was built under was the current one less than a second ago. */
export function currentDumpFile(pathAndQuery: string, now: number): DumpFile | undefined {
  const key = dumpKey(pathAndQuery);
  const store = dumpStore();
  const file = key ? store.files.get(key) : undefined;
  if (!file || !store.version || now - store.version.checkedAt >= DUMP_VERSION_TTL_MS || store.version.value !== file.version) return undefined;
  return file;
}

/** Answers a whole export from its file, as the route handler would (200 or 304), and says whether it did. */
export function answerFromOpenDataDumps(request: IncomingMessage, response: ServerResponse, now = Date.now()): boolean {
  if (request.method !== "GET" || !request.url?.startsWith("/api/public/")) return false;
  const file = currentDumpFile(request.url, now);
  if (!file) return false;
  dumpStore().usedAt = now;
  sendDumpFile(request.headers["accept-encoding"], request.headers["if-none-match"] ?? null, file, response);
  return true;
}

/**
 * The file as a response: the headers every response gets (Next adds them to what it answers; this answers
 * before Next), and an entity tag of the gzipped body's own, as for the embeds (a shared cache must not answer a
 * plain request with a gzipped body it validated).
 */
export function sendDumpFile(acceptEncoding: string | undefined, ifNoneMatch: string | null, file: DumpFile, response: ServerResponse): void {
  const gzip = acceptsGzip(acceptEncoding);
  const etag = gzip ? gzipEtag(file.etag) : file.etag;
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  for (const [name, value] of Object.entries(file.headers)) response.setHeader(name, value);
  response.setHeader("Vary", PUBLIC_VARY);
  response.setHeader("ETag", etag);
  if (ifNoneMatchHits(ifNoneMatch, etag)) {
    for (const name of ["Content-Type", "Content-Disposition"]) response.removeHeader(name);
    response.writeHead(304).end();
    return;
  }
  if (gzip) response.setHeader("Content-Encoding", "gzip");
  response.setHeader("Content-Length", gzip ? file.gzipSize : file.size);
  response.writeHead(200);
  // pipe() waits for a slow reader (backpressure): a download holds a 64 KiB buffer, not the file.
  const stream = createReadStream(gzip ? file.gzipPath : file.path);
  stream.on("error", () => response.destroy());
  response.on("close", () => stream.destroy());
  stream.pipe(response);
}

import type { IncomingMessage, ServerResponse } from "node:http";
import { acceptsGzip } from "../lib/http/accepts-gzip";
import { gzipEtag, ifNoneMatchHits, PUBLIC_VARY } from "../lib/http/conditional-response";

/**
 * Embed responses kept ready to be sent again byte for byte, so that server/index.ts can answer a repeated embed
 * request before Next's request pipeline, which alone costs more than twice what serving a static file does
 * (decision 0008, bench/embed). The embed route handlers put every response they send here, with how long it stays
 * fresh: until the publication version it was rendered under is due to be checked again
 * (lib/http/published-render-cache.ts), so an approval or a retraction still shows within about a second. A miss,
 * a stale entry, or anything but a GET of an embed goes to Next, whose answer refreshes the entry.
 *
 * No `server-only` and nothing from Next: server/index.ts imports this outside Next's bundle. The two copies of
 * this module (the server's and the bundle's) share one store through globalThis, since they run in one process.
 */
export type PublishedResponse = {
  body: Buffer;
  /** The same body gzipped once, for the browsers that accept it (almost all). */
  gzipped: Buffer;
  /** Every header of the response but the per-request ones (date, length, request id, and the encoding's tag). */
  headers: Readonly<Record<string, string>>;
  /** The plain body's tag; the gzipped body's is gzipEtag(etag). */
  etag: string;
  /** Milliseconds since the epoch after which Next must answer again. */
  freshUntil: number;
};

/**
 * Sent, as `hit`, with every answer from memory (200 and 304), and never stored with a response: so that a test,
 * or anyone with curl, sees that this path still works after an upgrade of Next (e2e/embed.spec.ts).
 */
export const MEMORY_HIT_HEADER = "X-Ashyq-Cache";

/** Enough for every view an outlet embeds; query strings nobody uses fall out first. */
const MAX_ENTRIES = 1000;
const STORE_KEY = Symbol.for("ashyq.publishedResponses");
const ANSWERED_PATHS = "/embed/";

function store(): Map<string, PublishedResponse> {
  const holder = globalThis as typeof globalThis & { [STORE_KEY]?: Map<string, PublishedResponse> };
  return (holder[STORE_KEY] ??= new Map());
}

/**
 * One spelling per address. The query: Next hands route handlers it re-encoded (`sko,petropavlovsk` arrives as
 * `sko%2Cpetropavlovsk`), and browsers differ in what they escape; decoding and re-encoding the same parameters,
 * in the same order, changes nothing the route handler reads. The path is compared exactly as sent: resolving
 * `..` or `\` here would answer addresses Next itself treats otherwise.
 */
export function publishedResponseKey(pathAndQuery: string): string {
  const mark = pathAndQuery.indexOf("?");
  const path = mark === -1 ? pathAndQuery : pathAndQuery.slice(0, mark);
  const query = mark === -1 ? "" : new URLSearchParams(pathAndQuery.slice(mark + 1)).toString();
  return query ? `${path}?${query}` : path;
}

/** `pathAndQuery`: the path and query the response answered, e.g. `/embed/comparison?lang=kk`. */
export function rememberPublishedResponse(pathAndQuery: string, response: PublishedResponse): void {
  const key = publishedResponseKey(pathAndQuery);
  const entries = store();
  // Re-inserting moves the key to the end of the Map's order: the oldest-used entry is always first.
  entries.delete(key);
  entries.set(key, response);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

export function freshPublishedResponse(pathAndQuery: string, now: number): PublishedResponse | undefined {
  const entry = store().get(publishedResponseKey(pathAndQuery));
  return entry && now < entry.freshUntil ? entry : undefined;
}

/**
 * Answers the request from a fresh published response, as the route handler did (200 with the body, or 304 to a
 * browser that has it; gzipped when the browser accepts it, as Next would), and says whether it did. Never
 * answers anything it was not given.
 */
export function answerFromPublishedResponses(request: IncomingMessage, response: ServerResponse, now = Date.now()): boolean {
  if (request.method !== "GET" || !request.url?.startsWith(ANSWERED_PATHS)) return false;
  const entry = freshPublishedResponse(request.url, now);
  if (!entry) return false;
  for (const [name, value] of Object.entries(entry.headers)) response.setHeader(name, value);
  response.setHeader("Vary", PUBLIC_VARY);
  response.setHeader(MEMORY_HIT_HEADER, "hit");
  // The gzipped and the plain body are two representations, each with its own tag (lib/http/embed-response.ts).
  const gzip = acceptsGzip(request.headers["accept-encoding"]);
  const etag = gzip ? gzipEtag(entry.etag) : entry.etag;
  response.setHeader("ETag", etag);
  if (ifNoneMatchHits(request.headers["if-none-match"] ?? null, etag)) {
    response.removeHeader("Content-Type"); // a 304 describes no body
    response.writeHead(304).end();
    return true;
  }
  const body = gzip ? entry.gzipped : entry.body;
  if (gzip) response.setHeader("Content-Encoding", "gzip");
  response.setHeader("Content-Length", body.length);
  response.writeHead(200).end(body);
  return true;
}

/** For tests: forget everything. */
export function clearPublishedResponses(): void {
  store().clear();
}

/**
 * Ashyq in production: `npm start` (PORT, default 3000; HOST to listen on one address only).
 *
 * Next.js answers everything, with one exception: a repeated request for a public embed that an embed route
 * handler answered less than a second ago is sent again from memory (./published-responses.ts). Embeds are what
 * readers of the outlet's articles load, many times over, and Next's request pipeline costs more than twice what a
 * static file does; answering them here brings an embed close to a static file (decision 0008, bench/embed).
 * Those answers say so (`X-Ashyq-Cache: hit`). Everything else, a first request and every stale one included, goes
 * to Next unchanged.
 *
 * Here too: every request gets its id (the one a reverse proxy gave it, or a new one), which the response carries
 * and every log line of the request repeats; every request tells the app its client's address, worked out from
 * the connection and TRUSTED_PROXIES, never from what the client claims (./client-address.ts); and
 * SIGTERM/SIGINT stop taking connections, let the requests in flight finish, then exit.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import pino from "pino";
import { loadEnv } from "../lib/env";
import { declareServerSetsClientAddress } from "../lib/http/client-address";
import { STRICT_TRANSPORT_SECURITY } from "../lib/http/content-security-policy";
import { forwardedHttps } from "../lib/http/forwarded";
import { answerFromOpenDataDumps } from "../lib/http/open-data-dumps";
import { newRequestId, REQUEST_ID_HEADER, requestIdOf } from "../lib/http/request-id";
import { trustedProxies, type TrustedProxies } from "../lib/http/trusted-proxies";
import { setClientAddressHeader, unlistedProxy } from "./client-address";
import { setPublicHeadersOnWrite } from "./public-headers";
import { answerFromPublishedResponses } from "./published-responses";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined; // unset: every interface, as `next start` does
// The app's own logger (lib/logger.ts) reads Next's request context, which this file is outside of: same format.
const log = pino({ level: process.env.LOG_LEVEL || "info", base: { app: "ashyq", component: "server" } });
/** How long requests in flight get to finish once asked to stop; systemd's default stop timeout is 90 s. */
const SHUTDOWN_GRACE_MS = 30_000;

/**
 * How far V8 lets the heap grow past what was alive at the last full collection before it collects again: to
 * double. Left to itself it grows it up to fourfold when collecting is cheap, and with the app's ~200 MB alive, an
 * open-data export's build (a million rows read and written, much of it kept past two young collections) filled
 * ~800 MB with garbage before a full collection: the server at ~1 GB for a build of the CSV (decision 0016). By
 * half (50) held it lower still but cost the build a fifth more CPU in full collections; doubling cost none.
 */
const HEAP_GROWING_PERCENT = 100;

async function main() {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // Before Next (and React) are loaded: they choose their production code by it, as `next start` sets it.
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  // A bad setting (TRUSTED_PROXIES with a typo, say) stops the start here, with the setting named.
  const trusted = trustedProxies(loadEnv().TRUSTED_PROXIES);
  declareServerSetsClientAddress();
  const { default: next } = await import("next");
  // The app (its .next build, next.config.js) is the repository's root, one folder up from this file.
  const app = next({ dev: false, dir: path.join(__dirname, ".."), port, hostname: host });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();
  const server = listen(handleWithNext, trusted);
  process.on("SIGTERM", (signal) => stop(signal, server, () => app.close()));
  process.on("SIGINT", (signal) => stop(signal, server, () => app.close()));
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

function listen(handleWithNext: Handler, trusted: TrustedProxies): Server {
  const server = createServer((request, response) => {
    const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]) ?? newRequestId();
    request.headers[REQUEST_ID_HEADER] = requestId;
    setClientAddressHeader(request, trusted);
    warnOfUnlistedProxy(request, trusted);
    response.setHeader("X-Request-Id", requestId);
    // Once stopping, a keep-alive connection (nginx keeps some open) would carry new requests while the server
    // waits for it to end: answer, then close it, and the proxy sends the next request to another instance.
    if (stopping) response.shouldKeepAlive = false;
    response.once("finish", () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    // proxy.ts sends HSTS with pages; this covers the embeds, the API and static files too.
    if (forwardedHttps(request.headers["x-forwarded-proto"])) response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    // What a shared cache keeps: the public responses' Vary, /methodology's caching (lib/http/public-headers.ts).
    setPublicHeadersOnWrite(request, response);
    if (answerFromPublishedResponses(request, response)) return;
    // The open-data exports' whole files, gzipped once and streamed from disk (decision 0016).
    if (answerFromOpenDataDumps(request, response)) return;
    handleWithNext(request, response).catch((error: unknown) => {
      // Next reports its own errors (instrumentation.ts); this is for a failure of Next itself.
      log.error({ requestId, err: error }, "request failed outside the app");
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(`Internal error (request ${requestId})`);
    });
  });
  // Longer than a reverse proxy's idle keep-alive (nginx: 60 s), so that the proxy, not the app, closes idle connections.
  server.keepAliveTimeout = 65_000;

  server.listen(port, host, () => {
    log.info({ port, host: host ?? "*", trustedProxies: trusted.entries }, "listening");
  });
  return server;
}

let warnedOfProxy = false;
/** Once: a proxy in front that TRUSTED_PROXIES does not name leaves the sign-in limits without clients' addresses. */
function warnOfUnlistedProxy(request: IncomingMessage, trusted: TrustedProxies) {
  if (warnedOfProxy) return;
  const proxy = unlistedProxy(request, trusted);
  if (!proxy) return;
  warnedOfProxy = true;
  log.warn(
    { proxy },
    "a request came through a proxy that TRUSTED_PROXIES does not list: sign-in limits cannot tell its clients apart (docs/deploy.md, section 7)",
  );
}

let stopping = false;
function stop(signal: NodeJS.Signals, server: Server, closeNext: () => Promise<void>) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "stopping: finishing the requests in flight");
  const forced = setTimeout(() => {
    log.warn("requests still in flight after the grace period: exiting");
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  forced.unref();
  server.close(async () => {
    try {
      await closeNext();
    } catch (error) {
      log.error({ err: error }, "Next did not close cleanly");
    }
    process.exit(0);
  });
  // Keep-alive connections with no request in flight would hold close() open until they time out; those busy now
  // close after their response (above).
  server.closeIdleConnections();
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, "could not start");
  process.exit(1);
});

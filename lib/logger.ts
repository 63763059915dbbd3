import "server-only";
import { headers } from "next/headers";
import pino, { type Logger } from "pino";
import { env } from "@/lib/env";
import { REQUEST_ID_HEADER, requestIdFrom, requestIdOf } from "@/lib/http/request-id";

export const logger = pino({
  level: process.env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: { app: "ashyq" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash"], remove: true },
});

/**
 * The id of the request being served (see lib/http/request-id.ts), or undefined outside a request:
 * start-up, scripts, tests. Next only offers the request's headers asynchronously, hence the promise.
 */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return requestIdFrom(await headers());
  } catch {
    return undefined;
  }
}

/** The logger for the request being served: every line it writes carries the request's id. */
export async function requestLogger(): Promise<Logger> {
  const requestId = await currentRequestId();
  return requestId ? logger.child({ requestId }) : logger;
}

/**
 * Logs an unexpected error with the request's id and returns the short id the person sees, so support can find it.
 * Stays synchronous for its callers (the id goes straight into an action's answer); the line itself is written
 * a moment later, once the request's id is known.
 */
export function logUnexpected(error: unknown, context: Record<string, unknown> = {}): string {
  const errorId = crypto.randomUUID().slice(0, 8);
  void requestLogger().then((log) => log.error({ err: error, errorId, ...context }, "unexpected error"));
  return errorId;
}

/** What Next tells instrumentation.ts's `onRequestError` about the request that failed. */
export type FailedRequest = { method: string; headers: Record<string, string | string[] | undefined> };
export type FailedRequestContext = { routePath: string; routeType: string };

/**
 * A server error Next caught (a page's render, a Server Action, a route handler), logged under the digest the
 * error page shows the person, with the request's id. The route is logged as its file path
 * (`/set-password/[token]`), never the URL, so that tokens and search strings stay out of the logs.
 */
export function logRequestError(error: unknown, request: FailedRequest, context: FailedRequestContext): void {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
  const log = requestId ? logger.child({ requestId }) : logger;
  const fields = { err: error, digest, method: request.method, route: context.routePath, routeType: context.routeType };
  // Next's answer to a Server Action posted from a foreign origin or naming no action: someone else's doing, not
  // a fault of the app. A warning, so that error-level alerts stay for what needs fixing.
  if (error instanceof Error && error.message === REFUSED_SERVER_ACTION) log.warn(fields, "refused a Server Action request (foreign origin or unknown action)");
  else log.error(fields, "request failed");
}

const REFUSED_SERVER_ACTION = "Invalid Server Actions request.";

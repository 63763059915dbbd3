/**
 * What each request of the load test is (its route pattern, for the per-route table) and whether its answer is
 * what a browser in that situation should get. Pure: no I/O, unit-tested in routes.test.ts.
 */

/** Ids in the app's addresses are Prisma cuids (letters and digits); 20+ characters never names a fixed path. */
const ID_SEGMENT = /^[a-z0-9]{20,40}$/i;
const NAMED_ROUTES: [RegExp, string][] = [
  [/^\/embed\/official\/[^/]+$/, "/embed/official/[id]"],
  [/^\/observations\/(?!new$)[^/]+$/, "/observations/[id]"],
  [/^\/review\/[^/]+$/, "/review/[id]"],
  [/^\/admin\/users\/(?!new$)[^/]+$/, "/admin/users/[id]"],
  [/^\/api\/evidence\/[^/]+$/, "/api/evidence/[id]"],
];

/** "GET /embed/official/[id]": the method and the path with its ids replaced and its query dropped. */
export function routeOf(method: string, url: string): string {
  const { pathname } = new URL(url, "http://x");
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const named = NAMED_ROUTES.find(([pattern]) => pattern.test(path))?.[1];
  const pattern =
    named ??
    path
      .split("/")
      .map((segment) => (ID_SEGMENT.test(segment) ? "[id]" : segment))
      .join("/");
  return `${method.toUpperCase()} ${pattern}`;
}

/** What the request's sender is entitled to expect. */
export type Expectation =
  /** A page or a file: 200 (and 304 when it sent If-None-Match). `setsNoCookie`: the embeds promise that. */
  | { kind: "page"; revalidated?: boolean; setsNoCookie?: boolean }
  /** A form post that succeeds with a redirect (303 from a Server Action, 302 from next-auth) to `location`. */
  | { kind: "redirect"; location: RegExp; statuses: number[]; cookie?: string };

/** What came back, or did not. */
export type Outcome =
  { kind: "answer"; status: number; location: string | null; setCookies: string[]; problem?: string } | { kind: "failed"; error: string; timedOut: boolean };

export type ErrorKind = "network" | "timeout" | "server-error" | "signed-out" | "unexpected-status" | "unexpected-answer";
export type RequestError = { kind: ErrorKind; detail: string };

const SIGN_IN_PAGE = /^\/login(?:[/?]|$)/;

function pathOf(location: string): string {
  const url = new URL(location, "http://x");
  return url.pathname + url.search;
}

/**
 * null when the answer is the one expected; otherwise what went wrong, sorted so that the report can say
 * "3 timeouts, 1 redirect to the sign-in page" rather than "4 errors". `problem` is a check of the body the
 * caller made (no form on the form page, an error notice).
 */
export function classify(outcome: Outcome, expected: Expectation): RequestError | null {
  if (outcome.kind === "failed") return { kind: outcome.timedOut ? "timeout" : "network", detail: outcome.error };
  const { status, location } = outcome;
  const at = location ? ` → ${pathOf(location)}` : "";
  if (status >= 500) return { kind: "server-error", detail: `${status}${at}` };
  if (status >= 300 && status < 400 && location && SIGN_IN_PAGE.test(pathOf(location))) return { kind: "signed-out", detail: `${status}${at}` };
  if (expected.kind === "page") {
    const allowed = expected.revalidated ? [200, 304] : [200];
    if (!allowed.includes(status)) return { kind: "unexpected-status", detail: `${status}${at}` };
    if (expected.setsNoCookie && outcome.setCookies.length)
      return { kind: "unexpected-answer", detail: `set a cookie: ${outcome.setCookies[0]!.split("=")[0]}` };
  } else {
    if (!expected.statuses.includes(status)) return { kind: "unexpected-status", detail: `${status}${at}${outcome.problem ? `: ${outcome.problem}` : ""}` };
    if (!location || !expected.location.test(pathOf(location))) return { kind: "unexpected-answer", detail: `${status}${at || " without a Location"}` };
    if (expected.cookie && !outcome.setCookies.some((cookie) => cookie.startsWith(`${expected.cookie}=`))) {
      return { kind: "unexpected-answer", detail: `${status}${at} without a ${expected.cookie} cookie` };
    }
  }
  return outcome.problem ? { kind: "unexpected-answer", detail: `${status}: ${outcome.problem}` } : null;
}

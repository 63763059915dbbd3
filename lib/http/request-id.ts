/**
 * Every request carries an id, so that one request's log lines can be found together and a person reporting
 * a problem can quote it. A reverse proxy in front may already have given the request one (nginx's
 * `$request_id`, a load balancer's trace id): keep it, so that its logs and ours agree. Otherwise make one.
 *
 * proxy.ts tags pages and Server Actions (the request header, and the same id in the response);
 * route handlers, which the proxy does not run for, call `requestIdFrom` themselves.
 * No `server-only` here: the proxy imports it too.
 */
export const REQUEST_ID_HEADER = "x-request-id";

/** Long enough for a UUID or a proxy's 32-hex id; anything longer or odder is not trusted into the logs. */
export const MAX_REQUEST_ID_LENGTH = 64;
const REQUEST_ID = new RegExp(`^[A-Za-z0-9-]{1,${MAX_REQUEST_ID_LENGTH}}$`);

/** An incoming id is written to every log line and echoed back: only short plain ids, never markup or newlines. */
export function isRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && REQUEST_ID.test(value);
}

/** The id a raw request header carries (Node gives a repeated header as a list), if it is one we keep. */
export function requestIdOf(header: string | string[] | null | undefined): string | undefined {
  return typeof header === "string" && isRequestId(header) ? header : undefined;
}

export function newRequestId(): string {
  return crypto.randomUUID();
}

type HeaderSource = { get(name: string): string | null };

/**
 * Ids made for requests that arrived without one, per headers object: Next hands one request the same headers
 * object throughout (`await headers()`), so a log line written early and one written late get the same id.
 */
const madeIds = new WeakMap<HeaderSource, string>();

/** The request's id: the one it arrived with if that is valid, else one made now (and kept for this request). */
export function requestIdFrom(headers: HeaderSource): string {
  const incoming = headers.get(REQUEST_ID_HEADER);
  if (isRequestId(incoming)) return incoming;
  let made = madeIds.get(headers);
  if (!made) {
    made = newRequestId();
    madeIds.set(headers, made);
  }
  return made;
}

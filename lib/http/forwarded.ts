/**
 * What a reverse proxy says about the browser's request. nginx and load balancers append to `X-Forwarded-*`
 * headers, so a value may be a comma-separated list; the first entry is the one the browser's request had.
 * No `server-only` and nothing from Next: proxy.ts and server/index.ts use it too.
 */
type HeaderSource = { get(name: string): string | null };

/** The first entry of a forwarded header as it arrives (Node gives a repeated header as a list). */
export function firstForwarded(value: string | string[] | null | undefined): string | undefined {
  const header = Array.isArray(value) ? value[0] : value;
  return header?.split(",")[0]?.trim() || undefined;
}

/** Whether the browser reached Ashyq over HTTPS, by the proxy's `X-Forwarded-Proto` (the app speaks plain HTTP). */
export function forwardedHttps(forwardedProto: string | string[] | null | undefined): boolean {
  return firstForwarded(forwardedProto)?.toLowerCase() === "https";
}

/**
 * The origin the person's browser reached Ashyq at, for addresses it hands out (set-password links, embed
 * code): the forwarded host and scheme behind a proxy, else the Host header; without a forwarded scheme, plain
 * HTTP for a loopback host (the demo) and HTTPS otherwise.
 */
export function requestOrigin(headers: HeaderSource): string {
  const host = firstForwarded(headers.get("x-forwarded-host")) ?? headers.get("host") ?? "localhost:3000";
  const loopback = /^(?:localhost|127\.|\[::1\])/.test(host);
  const scheme = firstForwarded(headers.get("x-forwarded-proto")) ?? (loopback ? "http" : "https");
  return `${scheme}://${host}`;
}

import { createHash } from "node:crypto";

/** Shared caches may keep a public export for a minute, and serve it stale for five more while they refresh it. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

/** Headers that describe a body: a 304 has none, so it must not claim one. */
const CONTENT_HEADERS = ["content-type", "content-length", "content-disposition"];

/**
 * A weak entity tag: the SHA-256 of what the response says. Weak (`W/`) because two responses with the same
 * tag may differ in a byte that carries no data, such as the time a JSON export was generated; the caller
 * hashes everything else.
 */
export function weakEtag(content: string): string {
  return `W/"${createHash("sha256").update(content).digest("base64url")}"`;
}

/** Whether an If-None-Match header names this tag. The comparison is weak, as RFC 9110 asks for this header. */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => opaque(candidate) === opaque(etag));
}

/**
 * 200 with the body, or 304 with no body when the client already holds this version. Both carry the tag and
 * the caching rule, so a cache can keep revalidating.
 */
export function conditionalResponse(request: Request, { body, etag, headers }: { body: string; etag: string; headers: HeadersInit }): Response {
  const all = new Headers(headers);
  all.set("ETag", etag);
  all.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  const safe = request.method === "GET" || request.method === "HEAD";
  if (safe && ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
    for (const name of CONTENT_HEADERS) all.delete(name);
    return new Response(null, { status: 304, headers: all });
  }
  return new Response(body, { status: 200, headers: all });
}

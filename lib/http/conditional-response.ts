import { createHash } from "node:crypto";

/**
 * A public export may be kept 30 s and served stale 30 s more while a cache refreshes it: a retraction leaves every
 * shared cache within a minute, the "about a minute" docs/open-data.md promises (the longest a response lives in a
 * cache is max-age plus stale-while-revalidate).
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=30";

/**
 * What the public responses (exports, embeds) vary on: only the compression, which Next or the server's memory
 * chooses from Accept-Encoding. A 304 says the same as its 200 (RFC 9110, section 15.4.5); server/index.ts makes
 * it the whole Vary of those responses, without Next's router headers, which change nothing in them.
 */
export const PUBLIC_VARY = "Accept-Encoding";

/**
 * The entity tag of a representation's encoded bytes (`gzip`): different from the plain one's, as two encodings of
 * one resource are two representations (RFC 9110, section 8.8.3), and a cache must not give one for the other.
 * A tag already marked with that encoding is left as it is.
 */
export function encodedEtag(etag: string, encoding: string): string {
  const mark = `-${encoding.trim().toLowerCase()}"`;
  return etag.endsWith(mark) ? etag : etag.replace(/"$/, mark);
}

export function gzipEtag(etag: string): string {
  return encodedEtag(etag, "gzip");
}

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
 * 200 with the body, or 304 with no body when the client already holds this version. Both carry the tag, the
 * caching rule, the Vary and the time of the last change, so a cache can keep revalidating.
 *
 * Only the tag answers 304: If-Modified-Since is not evaluated. A transaction that commits after a response was
 * made can carry an earlier time than that response's Last-Modified, so a time could miss a change; the tag, made
 * from the content, cannot.
 */
export function conditionalResponse(
  request: Request,
  { body, etag, headers, lastModified }: { body: string; etag: string; headers: HeadersInit; lastModified?: Date },
): Response {
  const all = new Headers(headers);
  all.set("ETag", etag);
  all.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  all.set("Vary", PUBLIC_VARY);
  if (lastModified) all.set("Last-Modified", lastModified.toUTCString());
  const safe = request.method === "GET" || request.method === "HEAD";
  if (safe && ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
    for (const name of CONTENT_HEADERS) all.delete(name);
    return new Response(null, { status: 304, headers: all });
  }
  return new Response(body, { status: 200, headers: all });
}

import "server-only";
import { acceptsGzip } from "./accepts-gzip";
import { gzipEtag, ifNoneMatchHits, PUBLIC_VARY } from "./conditional-response";
import type { PublishedRendering } from "./published-render-cache";
import { SECURITY_HEADERS } from "./security-headers.js";

/** What an embed route handler sends, and what it hands to the server's memory (server/published-responses.ts). */
export type EmbedAnswer = {
  response: Response;
  /** The address answered, e.g. `/embed/comparison?lang=kk`. */
  pathAndQuery: string;
  /** The 200 response as bytes and headers, to be sent again to the next readers while fresh. */
  published: PublishedRendering & { headers: Record<string, string> };
};

/**
 * An embed's response. Readers' browsers and any cache in front revalidate every time (`no-cache`), and an
 * unchanged embed costs them a 304 with no body. No cookie is ever set here. The plain and the gzipped bodies
 * are two representations, each with its tag: Next gzips the body for a browser that takes it (a route handler
 * cannot send bytes already encoded: Next drops their Content-Encoding), and server/index.ts marks the tag of what
 * was gzipped on the way out (lib/http/public-headers.ts). A 304 is only for the representation the client holds.
 *
 * The route handler also hands it to server/index.ts (rememberPublishedResponse), which sends it again to the next
 * readers of the same address until the publication version is due to be checked: so it carries every header
 * itself, the ones next.config.js adds to all responses included.
 */
export function embedResponse(
  request: Request,
  rendered: PublishedRendering,
  contentSecurityPolicy: string,
  /**
   * Another kind of file than a page (a chart's SVG or PNG, issue 17, part 5), with its own headers (its name to
   * save it as). `compressible: false` for a PNG: nobody gzips it, so its one representation has the plain tag.
   */
  file: { contentType: string; headers?: Record<string, string>; compressible?: boolean } = { contentType: "text/html; charset=utf-8" },
): EmbedAnswer {
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    ...file.headers,
    "Content-Type": file.contentType,
    "Cache-Control": "public, no-cache",
    Vary: PUBLIC_VARY,
    ETag: rendered.etag,
    // The embed document's own policy (components/embed/embed-document.ts): it allows that document's one
    // stylesheet and one script by their hashes, so it is written beside them and handed in by the route.
    "Content-Security-Policy": contentSecurityPolicy,
  };
  const url = new URL(request.url);
  const handOver = {
    pathAndQuery: url.pathname + url.search,
    published: { body: rendered.body, gzipped: rendered.gzipped, headers, etag: rendered.etag, freshUntil: rendered.freshUntil },
  };
  // The representation this request gets: gzipped by Next, or by the server's memory, when the browser takes it.
  const gzipped = file.compressible !== false && acceptsGzip(request.headers.get("Accept-Encoding") ?? undefined);
  const etag = gzipped ? gzipEtag(rendered.etag) : rendered.etag;
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) {
    const notModified = new Headers({ ...headers, ETag: etag });
    // A 304 describes no body.
    notModified.delete("Content-Type");
    notModified.delete("Content-Disposition");
    return { response: new Response(null, { status: 304, headers: notModified }), ...handOver };
  }
  return { response: new Response(new Uint8Array(rendered.body), { status: 200, headers }), ...handOver };
}

import "server-only";
import { EMBED_CONTENT_SECURITY_POLICY } from "@/components/embed/embed-document";
import type { Rendered } from "./published-render-cache";

/**
 * An embed's response. Readers' browsers and any cache in front revalidate every time (`no-cache`), and an
 * unchanged embed costs them a 304 with no body. No cookie is ever set here.
 */
export function embedResponse(request: Request, rendered: Rendered): Response {
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "public, no-cache",
    ETag: rendered.etag,
    "Content-Security-Policy": EMBED_CONTENT_SECURITY_POLICY,
  });
  const known = request.headers.get("If-None-Match");
  if (known && known.split(",").some((tag) => tag.trim().replace(/^W\//, "") === rendered.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(rendered.body, { status: 200, headers });
}

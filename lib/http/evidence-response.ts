import path from "node:path";

/**
 * A screenshot opened on its own address runs nothing and loads nothing (sandbox), whatever a crafted file might
 * contain. next.config.js sends the same for /api/evidence/…: Next lets a header set there win over the route's
 * own, so both must say the same (evidence-response.test.ts).
 */
export const EVIDENCE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * A screenshot's headers. Screenshots are the newsroom's only (drafts' among them), so no shared cache may keep
 * one, and the browser asks again each time it shows one (`no-cache`): the route checks the viewer on every
 * request, and the ETag (a file never changes under its id) makes the answer a 304 when it still may see it.
 */
export function evidenceResponseHeaders(file: { mimeType: string; downloadName: string; size: number; etag: string }) {
  return {
    "Content-Type": file.mimeType,
    "Content-Length": String(file.size),
    "Content-Disposition": `inline; filename="${path.basename(file.downloadName)}"`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": EVIDENCE_CONTENT_SECURITY_POLICY,
    "Cache-Control": "private, no-cache",
    ETag: file.etag,
  };
}

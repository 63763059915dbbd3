import { readFile } from "node:fs/promises";
import path from "node:path";
import { getViewer } from "@/lib/auth/viewer";
import { findEvidenceFile } from "@/lib/data/evidence/find-evidence-file";
import { ifNoneMatchHits } from "@/lib/http/conditional-response";
import { evidenceResponseHeaders } from "@/lib/http/evidence-response";

/**
 * A screenshot, for the newsroom only: never public, whatever the observation's status. Served as an
 * attachment-safe image with its own strict headers, from storage outside the web root.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Not found", { status: 404 });
  const { id } = await params;
  const file = await findEvidenceFile({ viewer, id, thumbnail: new URL(request.url).searchParams.get("size") === "thumb" });
  if (!file) return new Response("Not found", { status: 404 });
  // A stored file never changes under its key (a fresh UUID per upload), so the key is its entity tag.
  const etag = `"${path.basename(file.path)}"`;
  if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
    const headers = evidenceResponseHeaders({ ...file, size: 0, etag });
    return new Response(null, { status: 304, headers: { ETag: headers.ETag, "Cache-Control": headers["Cache-Control"] } });
  }
  let body: Buffer;
  try {
    body = await readFile(file.path);
  } catch {
    return new Response("Not found", { status: 404 });
  }
  return new Response(new Uint8Array(body), { headers: evidenceResponseHeaders({ ...file, size: body.length, etag }) });
}

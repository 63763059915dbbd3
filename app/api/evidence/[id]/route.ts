import { readFile } from "node:fs/promises";
import path from "node:path";
import { getViewer } from "@/lib/auth/viewer";
import { findEvidenceFile } from "@/lib/data/evidence/find-evidence-file";

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
  let body: Buffer;
  try {
    body = await readFile(file.path);
  } catch {
    return new Response("Not found", { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(body.length),
      "Content-Disposition": `inline; filename="${path.basename(file.downloadName)}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, max-age=3600",
    },
  });
}

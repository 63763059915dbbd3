import "server-only";
import path from "node:path";
import { can, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/record-id";
import { uploadDir } from "./prepare-screenshots";

// Storage keys are ours (a UUID and an extension); anything else in the column is refused, not followed.
const STORAGE_KEY = /^[0-9a-f-]{36}(\.thumb)?\.(png|jpg|webp)$/;

/** Where a screenshot the viewer may see is stored, or null. */
export async function findEvidenceFile({ viewer, id, thumbnail }: { viewer: Viewer; id: string; thumbnail: boolean }) {
  if (!isRecordId(id)) return null;
  const evidence = await db.evidence.findUnique({
    where: { id },
    select: { kind: true, storageKey: true, thumbnailKey: true, mimeType: true, observation: { select: { authorId: true, status: true } } },
  });
  if (!evidence || evidence.kind !== "SCREENSHOT" || !can(viewer, "observation.view", evidence.observation)) return null;
  const key = thumbnail ? evidence.thumbnailKey : evidence.storageKey;
  if (!key || !STORAGE_KEY.test(key)) return null;
  const dir = uploadDir();
  const file = path.join(dir, key);
  if (path.dirname(file) !== dir) return null;
  return {
    path: file,
    mimeType: thumbnail ? "image/webp" : (evidence.mimeType ?? "application/octet-stream"),
    downloadName: `evidence-${id}${path.extname(key)}`,
  };
}

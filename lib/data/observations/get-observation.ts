import "server-only";
import { can, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/record-id";

/** One observation for the newsroom, or null when it does not exist or the viewer may not see it. */
export async function getObservation({ viewer, id }: { viewer: Viewer; id: string }) {
  if (!isRecordId(id)) return null;
  const observation = await db.observation.findUnique({
    where: { id },
    include: {
      official: { select: { id: true, fullName: true } },
      account: { select: { id: true, handle: true, label: true, url: true, platform: true } },
      author: { select: { id: true, name: true } },
      wave: { select: { id: true, name: true } },
      evidence: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, url: true, caption: true, sha256: true, width: true, height: true } },
      reviews: { orderBy: { createdAt: "desc" }, select: { decision: true, comment: true, createdAt: true, editor: { select: { name: true } } } },
    },
  });
  if (!observation || !can(viewer, "observation.view", observation)) return null;
  return observation;
}

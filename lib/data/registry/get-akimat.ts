import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/record-id";

/** One akimat with the version an edit must match; null when there is none. */
export async function getAkimat({ viewer, id }: { viewer: Viewer; id: string }) {
  assertCan(viewer, "registry.view");
  if (!isRecordId(id)) return null;
  return db.akimat.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, nameKk: true, nameEn: true, level: true, parentId: true, endedOn: true, version: true },
  });
}
export type AkimatRecord = NonNullable<Awaited<ReturnType<typeof getAkimat>>>;

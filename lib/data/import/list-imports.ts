import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The latest imports, newest first, for the import page: what was brought in, by whom, and what is still pending. */
export async function listImports({ viewer, take = 20 }: { viewer: Viewer; take?: number }) {
  assertCan(viewer, "import.run");
  return db.import.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, fileName: true, rowCount: true, status: true, createdAt: true, confirmedAt: true, uploadedBy: { select: { name: true } } },
  });
}

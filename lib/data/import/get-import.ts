import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ImportCounts } from "@/lib/domain/import/report";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "../errors";
import { loadImport, type StoredImport } from "./import-record";

const SAMPLE_ROWS = 3;

export type ImportView = Omit<StoredImport, "rows" | "summary"> & {
  /** The first rows, to show under each column while the editor maps them. */
  sample: string[][];
  summary: ImportCounts | null;
  uploadedBy: string;
  /** An earlier import of the very same file that was confirmed: re-importing it creates nothing new. */
  sameFileConfirmedAt: Date | null;
};

/** An import for the mapping, report and done pages; null when there is none with this id. */
export async function getImport({ viewer, id }: { viewer: Viewer; id: string }): Promise<ImportView | null> {
  assertCan(viewer, "import.run");
  let stored: StoredImport;
  try {
    stored = await loadImport(db, id, { withRows: false });
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const [sampleRecord, uploader, earlier] = await Promise.all([
    // The first rows only, read in the database rather than loading all 20 000.
    db.$queryRaw<{ sample: { cells: string[] }[] | null }[]>(
      Prisma.sql`SELECT (SELECT jsonb_agg(e ORDER BY i) FROM jsonb_array_elements(im."rows") WITH ORDINALITY AS t(e, i) WHERE i <= ${SAMPLE_ROWS}) AS sample FROM "imports" im WHERE im."id" = ${id}`,
    ),
    db.user.findUnique({ where: { id: stored.uploadedById }, select: { name: true } }),
    db.import.findFirst({
      where: { sha256: stored.sha256, status: "CONFIRMED", NOT: { id } },
      orderBy: { confirmedAt: "desc" },
      select: { confirmedAt: true },
    }),
  ]);
  const { rows: _rows, summary, ...rest } = stored;
  void _rows;
  return {
    ...rest,
    sample: (sampleRecord[0]?.sample ?? []).map((row) => row.cells),
    summary: (summary as ImportCounts | null) ?? null,
    uploadedBy: uploader?.name ?? "",
    sameFileConfirmedAt: earlier?.confirmedAt ?? null,
  };
}

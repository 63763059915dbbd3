import "server-only";
import { createHash } from "node:crypto";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { matchColumns } from "@/lib/domain/import/columns";
import type { ImportKind } from "@/lib/domain/import/fields";
import type { Spreadsheet } from "@/lib/domain/import/parse-spreadsheet";
import { Prisma } from "@/lib/generated/prisma/client";
import { isRecordId } from "@/lib/validation/record-id";
import { FieldError } from "../errors";
import { writeImportAudit } from "./write-import-audit";

const ROWS_PER_WRITE = 2_500;

/**
 * Keeps an uploaded spreadsheet, read into text cells, until the editor confirms it: the file itself is not
 * stored, and nothing reaches the registry or the observations yet. The columns start with the best guess of
 * what each fills, which the editor then corrects.
 */
export async function createImport({
  viewer,
  kind,
  fileName,
  bytes,
  sheet,
  waveId = null,
}: {
  viewer: Viewer;
  kind: ImportKind;
  /** An observations file may record into an open wave (docs/decisions/0017-survey-waves.md). */
  waveId?: string | null;
  fileName: string;
  bytes: Uint8Array;
  sheet: Spreadsheet;
}): Promise<{ id: string }> {
  assertCan(viewer, "import.run");
  return db.$transaction(
    async (tx) => {
      if (waveId) {
        const wave = kind === "OBSERVATIONS" && isRecordId(waveId) ? await tx.wave.findUnique({ where: { id: waveId }, select: { closedAt: true } }) : null;
        if (!wave) throw new FieldError({ waveId: ["unknownOption"] });
        if (wave.closedAt) throw new FieldError({ waveId: ["waveClosed"] });
      }
      const created = await tx.import.create({
        data: {
          kind,
          waveId,
          fileName: fileName.slice(0, 255) || "import",
          byteSize: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          headers: sheet.headers,
          // Written below in pieces of JSON text: Prisma's own handling of a 20 000-row value takes many seconds.
          rows: [],
          rowCount: sheet.rows.length,
          mapping: matchColumns(sheet.headers, kind),
          uploadedById: viewer.id,
        },
        select: { id: true, kind: true, waveId: true, fileName: true, byteSize: true, sha256: true, rowCount: true, headers: true, mapping: true },
      });
      // Appended ROWS_PER_WRITE rows at a time: as one 30 MB value, serialising and sending it held the server's
      // thread over a second (every other request waited); in pieces, it lets them in between (bench/hostile).
      for (let start = 0; start < sheet.rows.length; start += ROWS_PER_WRITE) {
        const piece = JSON.stringify(sheet.rows.slice(start, start + ROWS_PER_WRITE));
        await tx.$executeRaw(Prisma.sql`UPDATE "imports" SET "rows" = "rows" || ${piece}::jsonb WHERE "id" = ${created.id}`);
      }
      await writeImportAudit(tx, { actorId: viewer.id, action: "import.upload", importId: created.id, after: { ...created, format: sheet.format } });
      return { id: created.id };
    },
    { timeout: 60_000 },
  );
}

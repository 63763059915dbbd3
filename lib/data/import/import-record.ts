import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import type { ColumnMapping } from "@/lib/domain/import/columns";
import { importFields, type ImportField, type ImportKind } from "@/lib/domain/import/fields";
import type { SpreadsheetRow } from "@/lib/domain/import/parse-spreadsheet";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "../errors";

/** A client to read with: the app's, or a transaction's (the confirmation plans again inside its transaction). */
export type Client = Db | Tx;

const Cells = z.array(z.string());
const Rows = z.array(z.object({ n: z.number().int(), cells: Cells }));
const Mapping = z.array(z.string().nullable());

/** An uploaded file as kept between the steps, its JSON columns read back into their shapes. */
export type StoredImport = {
  id: string;
  kind: ImportKind;
  fileName: string;
  byteSize: number;
  sha256: string;
  headers: string[];
  rows: SpreadsheetRow[];
  rowCount: number;
  mapping: ColumnMapping;
  status: "PENDING" | "CONFIRMED";
  markApproved: boolean;
  summary: unknown;
  version: number;
  uploadedById: string;
  /** The survey wave an observations import records into, or null. */
  waveId: string | null;
  confirmedAt: Date | null;
  createdAt: Date;
};

/** The stored mapping, with a field of another kind (or a stale name) read as "left out". */
export function readMapping(value: unknown, kind: ImportKind, width: number): ColumnMapping {
  const known = new Set<string>(importFields(kind));
  const stored = Mapping.catch([]).parse(value);
  return Array.from({ length: width }, (_, i) => (stored[i] && known.has(stored[i]!) ? (stored[i] as ImportField) : null));
}

export async function loadImport(client: Client, id: string, { withRows = true } = {}): Promise<StoredImport> {
  const record = await client.import.findUnique({ where: { id }, omit: { rows: true } });
  if (!record) throw new NotFoundError("import");
  const headers = Cells.parse(record.headers);
  // The rows are most of the record: read only where they are used.
  // Read as text and parsed here: Prisma's own reading of a 20 000-row JSON value is many times slower.
  const rows = withRows
    ? Rows.parse(JSON.parse((await client.$queryRaw<{ rows: string }[]>(Prisma.sql`SELECT "rows"::text AS rows FROM "imports" WHERE "id" = ${id}`))[0]!.rows))
    : [];
  return { ...record, headers, rows, mapping: readMapping(record.mapping, record.kind, headers.length) };
}

import type { z } from "zod";
import type { AccountKind, AkimatLevel, Platform, PositionTitle } from "@/lib/generated/prisma/enums";
import type { ObservationInput } from "@/lib/validation/observation-input";
import type { ColumnMapping } from "./columns";
import type { ImportField } from "./fields";
import type { SpreadsheetRow } from "./parse-spreadsheet";

/**
 * What an import would do, worked out from the file and the registry as it is, without writing anything:
 * the dry run's report, and, once the editor confirms, the list of writes (worked out again then, inside the
 * transaction, from the registry as it is at that moment).
 */

export type ImportEntity = "akimat" | "official" | "position" | "account" | "observation";
export type ChangeAction = "create" | "update" | "unchanged" | "duplicate";

/**
 * One record a row speaks of, and what happens to it: named by who, on which platform, and a detail (an
 * account's label, an observation's moment). `sameAsRow` names the earlier row of the file that already did.
 */
export type PlannedChange = { row: number; entity: ImportEntity; action: ChangeAction; name: string; platform?: Platform; detail?: string; sameAsRow?: number };

/** A refused cell: the row's number in the file, the column's name as written there, the cell, and a message key. */
export type RowError = { row: number; column: string | null; value: string; message: string };

export type NewAkimat = { id: string; slug: string; name: string; nameKk: string | null; nameEn: string | null; level: AkimatLevel; parentId: string | null };
export type NewOfficial = { id: string; fullName: string; fullNameLatin: string };
export type NewPosition = {
  id: string;
  officialId: string;
  akimatId: string;
  title: PositionTitle;
  portfolio: string | null;
  startedOn: Date | null;
  endedOn: Date | null;
};
export type NewAccount = {
  id: string;
  officialId: string;
  platform: Platform;
  kind: AccountKind;
  handle: string | null;
  url: string | null;
  label: string | null;
};
export type NewObservation = { id: string; row: number; input: ObservationInput };
/** Blanks of an existing record that the file fills in; nothing the registry already says is overwritten. */
export type FillIn<E extends string> = { entity: E; id: string; data: Record<string, string | Date | null> };

export type ImportWrites = {
  akimats: NewAkimat[];
  officials: NewOfficial[];
  positions: NewPosition[];
  accounts: NewAccount[];
  observations: NewObservation[];
  updates: FillIn<"akimat" | "official" | "position" | "account">[];
};

export type ImportPlan = { changes: PlannedChange[]; errors: RowError[]; rowsWithErrors: number; writes: ImportWrites };

/** What a dry run is given: the file's rows under their headers, how columns map to fields, and the registry now. */
export type PlanInput<Snapshot> = {
  headers: readonly string[];
  mapping: ColumnMapping;
  rows: readonly SpreadsheetRow[];
  snapshot: Snapshot;
  newId: () => string;
};

export const emptyWrites = (): ImportWrites => ({ akimats: [], officials: [], positions: [], accounts: [], observations: [], updates: [] });

/** The cells of one row by the field their column fills, and the means to report a refused one. */
export class RowCells {
  readonly errors: RowError[] = [];
  constructor(
    readonly row: SpreadsheetRow,
    private readonly headers: readonly string[],
    private readonly mapping: ColumnMapping,
  ) {}

  private column(field: ImportField): number {
    return this.mapping.indexOf(field);
  }

  /** The cell's text, "" when the field has no column. */
  get(field: ImportField): string {
    const column = this.column(field);
    return column === -1 ? "" : (this.row.cells[column] ?? "").trim();
  }

  refuse(field: ImportField, message: string): void {
    const column = this.column(field);
    if (this.errors.some((e) => e.message === message && e.column === (column === -1 ? null : this.headers[column]!))) return;
    this.errors.push({ row: this.row.n, column: column === -1 ? null : this.headers[column]!, value: this.get(field), message });
  }

  /**
   * A schema's refusals, each reported against the column the field came from. A choice the schema calls
   * missing while the cell has text is a value we could not read, and says so.
   */
  refuseIssues(error: z.ZodError, fieldOf: (path: string) => ImportField): void {
    for (const issue of error.issues) {
      const field = fieldOf(String(issue.path[0] ?? ""));
      this.refuse(field, issue.message === "required" && this.get(field) ? "unknownOption" : issue.message);
    }
  }
}

import { z } from "zod";
import { IMPORT_KINDS, type ImportKind } from "@/lib/domain/import/fields";
import type { MappingProblem } from "@/lib/domain/import/columns";

/** The upload form: what the file holds. The file itself is checked by its content (lib/data/import/read-spreadsheet.ts). */
export const ImportUploadInput = z.object({
  kind: z.enum(IMPORT_KINDS, { error: (issue) => (issue.input === undefined || issue.input === "" ? "required" : "unknownOption") }),
});

export type ImportUploadState = {
  outcome: "idle" | "invalid" | "forbidden" | "error";
  values: { kind?: string };
  /** Keys: `validation` for the kind, `import.problems` for the file. */
  fieldErrors?: { kind?: string[]; file?: string[] };
  errorId?: string;
};

/** The mapping form: one select per column, named by its position; "" leaves the column out. */
export function mappingFromForm(formData: FormData, width: number): (string | null)[] {
  return Array.from({ length: width }, (_, i) => {
    const value = formData.get(`column-${i}`);
    return typeof value === "string" && value ? value : null;
  });
}

export type ImportMappingState = {
  outcome: "idle" | "invalid" | "conflict" | "forbidden" | "error";
  /** What the editor chose, kept when the mapping is refused. */
  values: { mapping: (string | null)[] };
  problems?: MappingProblem[];
  errorId?: string;
};

/** The confirmation sends nothing to keep: imported observations always go to review (no "publish at once"). */
export type ImportConfirmState = { outcome: "idle" | "conflict" | "forbidden" | "error"; values: Record<string, never>; errorId?: string };

export const isImportKind = (value: unknown): value is ImportKind => (IMPORT_KINDS as readonly unknown[]).includes(value);

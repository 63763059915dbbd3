import { z } from "zod";
import type { MappingProblem } from "@/lib/domain/import/columns";
import { IMPORT_KINDS, type ImportKind } from "@/lib/domain/import/fields";

/** The upload form: what the file holds. The file itself is checked by its content (lib/data/import/read-spreadsheet.ts). */
export const ImportUploadInput = z.object({
  kind: z.enum(IMPORT_KINDS, { error: (issue) => (issue.input === undefined || issue.input === "" ? "required" : "unknownOption") }),
  /** The open survey wave an observations file records into; blank: outside any wave (docs/decisions/0017-survey-waves.md). */
  waveId: z
    .string()
    .optional()
    .transform((value) => (value ? value.trim() : ""))
    .pipe(
      z
        .string()
        .max(100, "unknownOption")
        .regex(/^[^\0]*$/, "unknownOption"),
    )
    .transform((value) => value || null),
});

/** The mapping form: one select per column, named by its position; "" leaves the column out. */
export function mappingFromForm(formData: FormData, width: number): (string | null)[] {
  return Array.from({ length: width }, (_, i) => {
    const value = formData.get(`column-${i}`);
    return typeof value === "string" && value ? value : null;
  });
}

/** What the editor chose, kept when the mapping is refused: a field per column, or null. */
export type MappingValues = { mapping: (string | null)[] };
/** What a refused mapping's state adds (FormState's extra): each problem, with the columns it is about. */
export type MappingProblems = { problems: MappingProblem[] };

export const isImportKind = (value: unknown): value is ImportKind => (IMPORT_KINDS as readonly unknown[]).includes(value);

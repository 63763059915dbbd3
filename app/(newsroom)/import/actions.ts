"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { formFailure } from "@/lib/data/form-failure";
import { confirmImport } from "@/lib/data/import/confirm-import";
import { createImport } from "@/lib/data/import/create-import";
import { readSpreadsheet } from "@/lib/data/import/read-spreadsheet";
import { saveImportMapping } from "@/lib/data/import/save-import-mapping";
import { checkMapping, type ColumnMapping } from "@/lib/domain/import/columns";
import { MAX_IMPORT_BYTES } from "@/lib/domain/import/limits";
import { recordOf } from "@/lib/validation/form-data";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { ImportUploadInput, isImportKind, mappingFromForm, type MappingProblems, type MappingValues } from "@/lib/validation/import-forms";

/*
 * The import's three steps, each a plain form post. Thin: who is asking, what was sent, the data layer (which
 * checks the permission and writes the audit entries), then a redirect to the next step.
 */

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const importPath = (id: string, step = "") => `/import/${encodeURIComponent(id)}${step}`;

export async function uploadImportAction(
  _previous: FormState<FieldValues<"kind" | "waveId">>,
  formData: FormData,
): Promise<FormState<FieldValues<"kind" | "waveId">>> {
  const viewer = await requireViewer();
  const values = { kind: text(formData, "kind"), waveId: text(formData, "waveId") };
  // Before reading a file of up to 5 MB for someone who may not import at all.
  if (!can(viewer, "import.run")) return { outcome: "forbidden", values };
  const parsed = ImportUploadInput.safeParse(values);
  const file = formData.get("file");
  // Keys: `validation` for the kind, `import.problems` for the file.
  const fieldErrors: Record<string, string[] | undefined> = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  if (!(file instanceof File) || file.size === 0) fieldErrors.file = ["noFile"];
  else if (file.size > MAX_IMPORT_BYTES) fieldErrors.file = ["tooLarge"];
  if (!parsed.success || fieldErrors.file) return { outcome: "invalid", values, fieldErrors };

  let id: string;
  try {
    const bytes = new Uint8Array(await (file as File).arrayBuffer());
    const read = await readSpreadsheet(bytes);
    if (!read.ok) return { outcome: "invalid", values, fieldErrors: { file: [read.problem] } };
    ({ id } = await createImport({ viewer, kind: parsed.data.kind, waveId: parsed.data.waveId, fileName: (file as File).name, bytes, sheet: read.sheet }));
  } catch (error) {
    return formFailure(error, values, { action: "uploadImport", viewerId: viewer.id });
  }
  redirect(importPath(id));
}

export async function saveImportMappingAction(
  _previous: FormState<MappingValues, MappingProblems>,
  formData: FormData,
): Promise<FormState<MappingValues, MappingProblems>> {
  const viewer = await requireViewer();
  const { id } = recordOf(formData);
  const kind = text(formData, "kind");
  const mapping = mappingFromForm(formData, Math.min(Number(formData.get("width")) || 0, 100));
  const values = { mapping };
  const problems = isImportKind(kind) ? checkMapping(mapping, kind) : [];
  if (problems.length > 0) return { outcome: "invalid", values, problems };
  try {
    await saveImportMapping({ viewer, id, mapping: mapping as ColumnMapping });
  } catch (error) {
    const failure = formFailure(error, values, { action: "saveImportMapping", viewerId: viewer.id });
    // The data layer checks the mapping again; its refusal shows as the summary alone.
    return failure.outcome === "invalid" ? { ...failure, problems: [] } : failure;
  }
  redirect(importPath(id, "/report"));
}

export async function confirmImportAction(_previous: FormState<FieldValues<never>>, formData: FormData): Promise<FormState<FieldValues<never>>> {
  const viewer = await requireViewer();
  const { id, expectedVersion } = recordOf(formData);
  // A "markApproved" field, from a page of an earlier version or made by hand, is not read: nobody publishes
  // what they import themselves, so the observations always go to review by another editor.
  const values = {};
  try {
    await confirmImport({ viewer, id, expectedVersion });
  } catch (error) {
    return formFailure(error, values, { action: "confirmImport", viewerId: viewer.id });
  }
  // New officials, accounts and observations show across the newsroom and its dashboard.
  revalidatePath("/", "layout");
  redirect(importPath(id, "/done"));
}

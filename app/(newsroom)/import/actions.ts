"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/data/errors";
import { confirmImport } from "@/lib/data/import/confirm-import";
import { createImport } from "@/lib/data/import/create-import";
import { saveImportMapping } from "@/lib/data/import/save-import-mapping";
import { checkMapping, type ColumnMapping } from "@/lib/domain/import/columns";
import { logUnexpected } from "@/lib/logger";
import { ImportUploadInput, isImportKind, mappingFromForm, type ImportConfirmState, type ImportMappingState, type ImportUploadState } from "@/lib/validation/import-forms";
import { MAX_IMPORT_BYTES } from "@/lib/domain/import/limits";
import { readSpreadsheet } from "@/lib/data/import/read-spreadsheet";

/*
 * The import's three steps, each a plain form post. Thin: who is asking, what was sent, the data layer (which
 * checks the permission and writes the audit entries), then a redirect to the next step.
 */

async function signedIn() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const importPath = (id: string, step = "") => `/import/${encodeURIComponent(id)}${step}`;

export async function uploadImportAction(_previous: ImportUploadState, formData: FormData): Promise<ImportUploadState> {
  const viewer = await signedIn();
  const values = { kind: text(formData, "kind") };
  // Before reading a file of up to 5 MB for someone who may not import at all.
  if (!can(viewer, "import.run")) return { outcome: "forbidden", values };
  const parsed = ImportUploadInput.safeParse(values);
  const file = formData.get("file");
  const fieldErrors: ImportUploadState["fieldErrors"] = parsed.success ? {} : { kind: z.flattenError(parsed.error).fieldErrors.kind };
  if (!(file instanceof File) || file.size === 0) fieldErrors.file = ["noFile"];
  else if (file.size > MAX_IMPORT_BYTES) fieldErrors.file = ["tooLarge"];
  if (!parsed.success || fieldErrors.file) return { outcome: "invalid", values, fieldErrors };

  let id: string;
  try {
    const bytes = new Uint8Array(await (file as File).arrayBuffer());
    const read = await readSpreadsheet(bytes);
    if (!read.ok) return { outcome: "invalid", values, fieldErrors: { file: [read.problem] } };
    ({ id } = await createImport({ viewer, kind: parsed.data.kind, fileName: (file as File).name, bytes, sheet: read.sheet }));
  } catch (error) {
    if (error instanceof ForbiddenError) return { outcome: "forbidden", values };
    return { outcome: "error", values, errorId: logUnexpected(error, { action: "uploadImport", viewerId: viewer.id }) };
  }
  redirect(importPath(id));
}

export async function saveImportMappingAction(_previous: ImportMappingState, formData: FormData): Promise<ImportMappingState> {
  const viewer = await signedIn();
  const id = text(formData, "id");
  const kind = text(formData, "kind");
  const mapping = mappingFromForm(formData, Math.min(Number(formData.get("width")) || 0, 100));
  const values = { mapping };
  const problems = isImportKind(kind) ? checkMapping(mapping, kind) : [];
  if (problems.length > 0) return { outcome: "invalid", values, problems };
  try {
    await saveImportMapping({ viewer, id, mapping: mapping as ColumnMapping });
  } catch (error) {
    if (error instanceof FieldError) return { outcome: "invalid", values, problems: [] };
    if (error instanceof ConflictError) return { outcome: "conflict", values };
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { outcome: "forbidden", values };
    return { outcome: "error", values, errorId: logUnexpected(error, { action: "saveImportMapping", viewerId: viewer.id }) };
  }
  redirect(importPath(id, "/report"));
}

export async function confirmImportAction(_previous: ImportConfirmState, formData: FormData): Promise<ImportConfirmState> {
  const viewer = await signedIn();
  const id = text(formData, "id");
  // A "markApproved" field, from a page of an earlier version or made by hand, is not read: nobody publishes
  // what they import themselves, so the observations always go to review by another editor.
  const values = {};
  try {
    await confirmImport({ viewer, id, expectedVersion: Number(formData.get("version")) });
  } catch (error) {
    if (error instanceof ConflictError) return { outcome: "conflict", values };
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { outcome: "forbidden", values };
    return { outcome: "error", values, errorId: logUnexpected(error, { action: "confirmImport", viewerId: viewer.id }) };
  }
  // New officials, accounts and observations show across the newsroom, the dashboard and the embeds.
  revalidatePath("/", "layout");
  redirect(importPath(id, "/done"));
}

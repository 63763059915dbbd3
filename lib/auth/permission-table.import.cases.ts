/**
 * The permission table's rows for importing spreadsheets, kept beside the table's own file so that the two
 * features do not edit one list at once. permission-table.cases.ts spreads them into PERMISSION_CASES.
 */
import { confirmImportAction, saveImportMappingAction, uploadImportAction } from "@/app/(newsroom)/import/actions";
import { GET as getImportTemplate } from "@/app/(newsroom)/import/template/route";
import { createImport } from "@/lib/data/import/create-import";
import type { Outcome } from "@/lib/testing/action-harness";
import { readSpreadsheet } from "@/lib/validation/import/read-spreadsheet";
import type { Actor, PermissionCase, World } from "./permission-table.cases";

const editors: Record<Actor, Outcome> = { visitor: "login", owner: "denied", stranger: "denied", editor: "allowed", admin: "allowed" };
const IMPORT = "(newsroom)/import";
const CSV = "ФИО;Платформа;Дата;Подписчики\nКалия Туренова;Instagram;28.08.2024;506\n";

const csvFile = () => new File([`\uFEFF${CSV}`], "survey.csv", { type: "text/csv" });

/** A pending import uploaded by the editor, for the steps after the upload. */
async function pendingImport(w: World) {
  const bytes = new TextEncoder().encode(CSV);
  const read = await readSpreadsheet(bytes);
  if (!read.ok) throw new Error(read.problem);
  return createImport({ viewer: w.people.editor, kind: "OBSERVATIONS", fileName: "survey.csv", bytes, sheet: read.sheet });
}

const uploadForm = () => {
  const data = new FormData();
  data.append("kind", "OBSERVATIONS");
  data.append("file", csvFile());
  return data;
};

export const IMPORT_PERMISSION_CASES: PermissionCase[] = [
  {
    name: "upload a spreadsheet to import",
    covers: [`${IMPORT}/actions.ts#uploadImportAction`],
    call: () => uploadImportAction({ outcome: "idle", values: {} }, uploadForm()),
    expect: editors,
  },
  {
    name: "correct an import's column mapping",
    covers: [`${IMPORT}/actions.ts#saveImportMappingAction`],
    call: async (w) => {
      const { id } = await pendingImport(w);
      return saveImportMappingAction(
        { outcome: "idle", values: { mapping: [] } },
        w.form({ id, kind: "OBSERVATIONS", width: "4", "column-0": "fullName", "column-1": "platform", "column-2": "observedAt", "column-3": "followers" }),
      );
    },
    expect: editors,
  },
  {
    name: "confirm an import",
    covers: [`${IMPORT}/actions.ts#confirmImportAction`],
    call: async (w) => {
      const { id } = await pendingImport(w);
      return confirmImportAction({ outcome: "idle", values: {} }, w.form({ id, version: "1" }));
    },
    expect: editors,
  },
  {
    name: "download an import template",
    covers: [`${IMPORT}/template/route.ts#GET`],
    call: () => getImportTemplate(new Request("http://localhost/import/template?kind=REGISTRY&lang=kk")),
    expect: editors,
  },
];

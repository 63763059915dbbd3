import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { COLUMN_LANGUAGES, type ColumnLanguage } from "@/lib/domain/import/fields";
import { importTemplateCsv, importTemplateFileName } from "@/lib/domain/import/template";
import { isImportKind } from "@/lib/validation/import-forms";

export const dynamic = "force-dynamic";

/** An empty spreadsheet with the import's columns named in Russian, Kazakh or English: `?kind=OBSERVATIONS&lang=kk`. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  if (!can(viewer, "import.run")) return new Response("Not found", { status: 404 });
  const params = new URL(request.url).searchParams;
  const kind = params.get("kind");
  const language = params.get("lang") ?? "ru";
  if (!isImportKind(kind) || !(COLUMN_LANGUAGES as readonly string[]).includes(language)) return new Response("Not found", { status: 404 });
  return new Response(importTemplateCsv(kind, language as ColumnLanguage), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${importTemplateFileName(kind, language as ColumnLanguage)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ImportSteps } from "@/components/import/import-steps";
import { MappingForm } from "@/components/import/mapping-form";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/viewer";
import { getImport } from "@/lib/data/import/get-import";
import { saveImportMappingAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import.mapping"))("heading") };
}

/** The second step: which field each column fills, guessed and then corrected by the editor. */
export default async function ImportMappingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("import.run");
  const { id } = await params;
  const stored = await getImport({ viewer, id });
  if (!stored) notFound();
  if (stored.status === "CONFIRMED") redirect(`/import/${encodeURIComponent(id)}/done`);
  const [t, format] = await Promise.all([getTranslations("import.mapping"), getFormatter()]);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <ImportSteps current="mapping" />
      <p className="font-medium">{t("file", { name: stored.fileName, rows: stored.rowCount })}</p>
      {stored.sameFileConfirmedAt && (
        <Notice tone="warning">{t("sameFile", { date: format.dateTime(stored.sameFileConfirmedAt, { dateStyle: "long" }) })}</Notice>
      )}
      <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <MappingForm
        action={saveImportMappingAction}
        importId={stored.id}
        kind={stored.kind}
        headers={stored.headers}
        sample={stored.sample}
        mapping={stored.mapping}
      />
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ConfirmForm } from "@/components/import/confirm-form";
import { ImportReportView } from "@/components/import/import-report";
import { ImportSteps } from "@/components/import/import-steps";
import { requirePermission } from "@/lib/auth/viewer";
import { getImport } from "@/lib/data/import/get-import";
import { dryRunImport } from "@/lib/data/import/plan-import";
import { checkMapping } from "@/lib/domain/import/columns";
import { confirmImportAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import.report"))("heading") };
}

/** The third step: the dry run, worked out afresh on every visit; nothing is written until the editor confirms. */
export default async function ImportReportPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("import.run");
  const { id } = await params;
  const stored = await getImport({ viewer, id });
  if (!stored) notFound();
  if (stored.status === "CONFIRMED") redirect(`/import/${encodeURIComponent(id)}/done`);
  // A mapping that lacks a needed column would only report every row as wrong: back to the columns.
  if (checkMapping(stored.mapping, stored.kind).length > 0) redirect(`/import/${encodeURIComponent(id)}`);
  const [report, t] = await Promise.all([dryRunImport({ viewer, id }), getTranslations("import.report")]);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <ImportSteps current="report" />
      <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <ImportReportView report={report} />
      <Link href={`/import/${encodeURIComponent(id)}`} className="self-start text-sm font-semibold text-blue-800 underline dark:text-blue-300">
        {t("changeMapping")}
      </Link>
      <ConfirmForm action={confirmImportAction} importId={stored.id} version={stored.version} observations={stored.kind === "OBSERVATIONS"} />
    </div>
  );
}

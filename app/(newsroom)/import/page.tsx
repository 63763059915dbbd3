import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportList } from "@/components/import/import-list";
import { ImportSteps } from "@/components/import/import-steps";
import { TemplateLinks } from "@/components/import/template-links";
import { UploadForm } from "@/components/import/upload-form";
import { requirePermission } from "@/lib/auth/viewer";
import { listImports } from "@/lib/data/import/list-imports";
import { listWaves } from "@/lib/data/waves/list-waves";
import { uploadImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

/** The first step: upload a spreadsheet; with the templates, how to write values, and the latest imports. */
export default async function ImportPage() {
  const viewer = await requirePermission("import.run");
  const [t, imports, waves] = await Promise.all([getTranslations("import"), listImports({ viewer }), listWaves({ viewer })]);
  const openWaves = waves.filter((wave) => wave.closedAt === null).map((wave) => ({ id: wave.id, name: wave.name }));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ImportSteps current="upload" />
      <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <section aria-labelledby="import-upload" className="flex flex-col gap-3">
        <h2 id="import-upload" className="text-lg font-semibold">
          {t("upload.heading")}
        </h2>
        <UploadForm action={uploadImportAction} waves={openWaves} />
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <TemplateLinks />
        <section aria-labelledby="import-formats" className="flex flex-col gap-2">
          <h2 id="import-formats" className="text-lg font-semibold">
            {t("formats.heading")}
          </h2>
          <ul className="list-disc pl-5 text-sm">
            {(["dates", "yesNo", "counts", "choices", "lists"] as const).map((key) => (
              <li key={key}>{t(`formats.${key}`)}</li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="import-recent" className="flex flex-col gap-2">
        <h2 id="import-recent" className="text-lg font-semibold">
          {t("recent.heading")}
        </h2>
        <ImportList imports={imports} />
      </section>
    </div>
  );
}

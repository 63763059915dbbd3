import { getTranslations } from "next-intl/server";
import { COLUMN_LANGUAGES, IMPORT_KINDS } from "@/lib/domain/import/fields";

/** Empty spreadsheets to fill in, per kind of import and per language of their column names. */
export async function TemplateLinks() {
  const t = await getTranslations("import.templates");
  return (
    <section aria-labelledby="import-templates" className="flex flex-col gap-2">
      <h2 id="import-templates" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm">{t("intro")}</p>
      <ul className="flex flex-col gap-1 text-sm">
        {IMPORT_KINDS.map((kind) => (
          <li key={kind}>
            <span className="font-semibold">{t(kind)}:</span>{" "}
            {COLUMN_LANGUAGES.map((language, i) => (
              <span key={language}>
                {i > 0 && ", "}
                <a href={`/import/template?kind=${kind}&lang=${language}`} download className="text-blue-800 underline dark:text-blue-300" hrefLang={language}>
                  {t(`languages.${language}`)}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

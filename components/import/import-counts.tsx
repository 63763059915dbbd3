import { getTranslations } from "next-intl/server";
import type { ImportCounts } from "@/lib/domain/import/report";

const ENTITIES = ["akimat", "official", "position", "account", "observation"] as const;
const ACTIONS = ["create", "update", "unchanged", "duplicate"] as const;

/** How many records of each kind an import creates, completes, finds unchanged or skips; kinds it does not touch are left out. */
export async function ImportCountsTable({ counts }: { counts: ImportCounts }) {
  const t = await getTranslations("import.report");
  const touched = ENTITIES.filter((entity) => ACTIONS.some((action) => counts[entity][action] > 0));
  if (touched.length === 0) return <p>{t("nothingToDo")}</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="text-left text-sm">
        <caption className="sr-only">{t("countsCaption")}</caption>
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            <th scope="col" className="py-2 pr-4">
              {t("entity")}
            </th>
            {ACTIONS.map((action) => (
              <th key={action} scope="col" className="py-2 pr-4 text-right">
                {t(`actions.${action}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {touched.map((entity) => (
            <tr key={entity} className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="row" className="py-2 pr-4 font-semibold">
                {t(`entities.${entity}`)}
              </th>
              {ACTIONS.map((action) => (
                <td key={action} className="py-2 pr-4 text-right tabular-nums">
                  {counts[entity][action]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

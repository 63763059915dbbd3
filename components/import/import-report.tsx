import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Row, Table } from "@/components/ui/table";
import type { PlannedChange } from "@/lib/domain/import/plan";
import type { ImportReport } from "@/lib/domain/import/report";
import { ImportCountsTable } from "./import-counts";

/**
 * The dry run's report: what would be created, completed or skipped, and every refused cell with its row,
 * its column and its value, in the editor's language. Text only, escaped by React: a cell can hold anything.
 */
export async function ImportReportView({ report }: { report: ImportReport }) {
  const [t, tv, tr, ti, tp] = await Promise.all([
    getTranslations("import.report"),
    getTranslations("validation"),
    getTranslations("registry.validation"),
    getTranslations("import.errors"),
    getTranslations("platforms"),
  ]);
  const named = (change: PlannedChange) => [change.name, change.platform && tp(change.platform), change.detail].filter(Boolean).join(" · ");
  const message = (key: string, value: string) => {
    if (tv.has(key)) return tv(key, { value });
    if (tr.has(key)) return tr(key);
    if (ti.has(key)) return ti(key);
    return tv("invalid");
  };
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <p>{t("rows", { count: report.rowCount })}</p>
        {report.rowsWithErrors > 0 && <Notice tone="warning">{t("rowsWithErrors", { count: report.rowsWithErrors })}</Notice>}
      </div>
      <ImportCountsTable counts={report.counts} />
      {report.errorCount > 0 && (
        <section aria-labelledby="import-errors" className="flex flex-col gap-2">
          <h2 id="import-errors" className="text-lg font-semibold">
            {t("errorsHeading")} ({report.errorCount})
          </h2>
          <Table
            density="compact"
            caption={t("errorsCaption")}
            head={
              <>
                <th scope="col">{t("row")}</th>
                <th scope="col">{t("column")}</th>
                <th scope="col">{t("value")}</th>
                <th scope="col">{t("message")}</th>
              </>
            }
          >
            {report.errors.map((error, i) => (
              <Row key={i}>
                <td className="tabular-nums">{error.row}</td>
                <td>{error.column ?? t("noColumn")}</td>
                <td className="max-w-xs break-words font-mono text-xs">{error.value}</td>
                <td>{message(error.message, error.value)}</td>
              </Row>
            ))}
          </Table>
          {report.errorCount > report.errors.length && <p className="text-sm">{t("moreErrors", { count: report.errorCount - report.errors.length })}</p>}
        </section>
      )}
      {report.changeCount > 0 && (
        <section aria-labelledby="import-changes" className="flex flex-col gap-2">
          <h2 id="import-changes" className="text-lg font-semibold">
            {t("changesHeading")}
          </h2>
          <ul className="flex flex-col gap-1 text-sm">
            {report.changes.map((change, i) => (
              <li key={i}>
                {t("change", { row: change.row, entity: t(`entityOne.${change.entity}`), name: named(change), action: t(`changeActions.${change.action}`) })}{" "}
                {change.action === "duplicate" && (change.sameAsRow ? t("sameAsRow", { row: change.sameAsRow }) : t("alreadyRecorded"))}
              </li>
            ))}
          </ul>
          {report.changeCount > report.changes.length && <p className="text-sm">{t("moreChanges", { count: report.changeCount - report.changes.length })}</p>}
        </section>
      )}
    </div>
  );
}

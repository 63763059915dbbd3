import { getFormatter, getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { compareObservations, type ComparableObservation } from "@/lib/domain/observation-diff";
import { comparedFieldText } from "./compared-field-text";

/** The field-by-field comparison an editor reads before deciding: changes highlighted, large moves flagged. */
export async function ReviewDiff({ previous, current }: { previous: (ComparableObservation & { observedAt: Date }) | null; current: ComparableObservation }) {
  const [t, format, text] = await Promise.all([getTranslations("review"), getFormatter(), comparedFieldText()]);
  const { changes, flags } = compareObservations(previous, current);
  return (
    <section aria-labelledby="diff-title" className="flex flex-col gap-3">
      <h2 id="diff-title" className="text-lg font-semibold">
        {previous ? t("compareTitle", { date: format.dateTime(previous.observedAt, { dateStyle: "long" }) }) : t("noPrevious")}
      </h2>
      {flags.length > 0 && (
        <div role="note" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          <p className="font-semibold">{t("flagsTitle")}</p>
          <ul className="list-inside list-disc">
            {flags.map((flag) => (
              <li key={flag}>{t(`flags.${flag}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {previous && (
        <Table
          density="tight"
          scroll={false}
          head={
            <>
              <th scope="col">{t("field")}</th>
              <th scope="col">{t("before")}</th>
              <th scope="col">{t("now")}</th>
            </>
          }
        >
          {changes.map((change) => (
            <tr key={change.field} className={change.changed ? "bg-amber-100 font-semibold dark:bg-amber-900" : ""}>
              <th scope="row" className="font-normal">
                {text.label(change.field)}
                {change.changed && <span className="sr-only"> ({t("changed")})</span>}
              </th>
              <td className="tabular-nums">{text.value(change.field, change.before)}</td>
              <td className="tabular-nums">{text.value(change.field, change.after)}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { comparedFieldText } from "@/components/review/compared-field-text";
import { compareObservations, type ComparableObservation } from "@/lib/domain/observation-diff";

/**
 * What changed since the account's previous published observation, field by field, with the review desk's
 * warnings for large moves. Only the changed fields: the rows around it already show the rest.
 */
export async function ObservationChanges({ previous, current }: { previous: ComparableObservation | null; current: ComparableObservation }) {
  const [t, tr, text] = await Promise.all([getTranslations("profile.history"), getTranslations("review"), comparedFieldText()]);
  if (!previous) return <span className="text-zinc-600 dark:text-zinc-400">{t("firstObservation")}</span>;
  const { changes, flags } = compareObservations(previous, current);
  const changed = changes.filter((change) => change.changed);
  if (changed.length === 0) return <span className="text-zinc-600 dark:text-zinc-400">{t("noChanges")}</span>;

  return (
    <div className="flex flex-col gap-1">
      <ul className="flex flex-col gap-0.5">
        {changed.map((change) => (
          <li key={change.field}>
            {t("change", { field: text.label(change.field), before: text.value(change.field, change.before), after: text.value(change.field, change.after) })}
          </li>
        ))}
      </ul>
      {flags.length > 0 && (
        <ul className="flex flex-col gap-0.5 text-amber-800 dark:text-amber-300">
          {flags.map((flag) => (
            <li key={flag}>
              <span aria-hidden="true">⚠ </span>
              {tr(`flags.${flag}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

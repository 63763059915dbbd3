import { getTranslations } from "next-intl/server";
import { OfficialReachChart } from "./official-reach-chart";
import { PendingLine } from "./pending-line";
import { SubjectHistory, type HistorySubjectView } from "./subject-history";

/**
 * The official's published record: reach over time across accounts, then each account's history with what
 * changed and the screenshots behind it. Entries not yet published are only counted, above it all.
 */
export async function OfficialObservations({
  subjects,
  pending,
  reviewHref,
  locale,
}: {
  subjects: HistorySubjectView[];
  pending: { submitted: number; changesRequested: number };
  reviewHref: string | null;
  locale: string;
}) {
  const t = await getTranslations("profile.history");
  const observed = subjects.some((subject) => subject.observations.length > 0);
  return (
    <section aria-labelledby="observation-history" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="observation-history" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
        <PendingLine {...pending} reviewHref={reviewHref} />
      </div>
      {observed ? (
        <>
          <OfficialReachChart subjects={subjects} locale={locale} />
          {subjects.map((subject) => (
            <SubjectHistory key={subject.key} subject={subject} />
          ))}
        </>
      ) : (
        <p className="text-sm">{t("empty")}</p>
      )}
    </section>
  );
}

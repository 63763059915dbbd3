import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { akimatName } from "@/components/comparison/akimat-name";
import { TextLink } from "@/components/ui/text-link";
import type { PositionTitle } from "@/lib/generated/prisma/enums";
import type { EndField } from "@/lib/validation/end-input";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { EndForm } from "./end-form";

type Position = {
  id: string;
  title: PositionTitle;
  portfolio: string | null;
  startedOn: Date | null;
  endedOn: Date | null;
  version: number;
  akimat: { id: string; name: string; nameKk: string | null; nameEn: string | null };
};
type EndAction = (state: FormState<FieldValues<EndField>>, formData: FormData) => Promise<FormState<FieldValues<EndField>>>;

/**
 * An official's posts: the current ones, each with its end form for editors, and the past ones, dated. Nothing
 * is ever removed from here; a post that ends moves down to the history.
 */
export async function PositionHistory({
  officialId,
  current,
  past,
  mayManage,
  endAction,
  today,
}: {
  officialId: string;
  current: Position[];
  past: Position[];
  mayManage: boolean;
  endAction: EndAction;
  today: string;
}) {
  const [t, tt, format, locale] = await Promise.all([getTranslations("registry.position"), getTranslations("titles"), getFormatter(), getLocale()]);
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium" }) : t("unknownDate"));
  const nameOf = (position: Position) => `${tt(position.title)}, ${akimatName(position.akimat, locale)}`;
  const editLink = (position: Position) =>
    mayManage && (
      <TextLink
        href={`/officials/${officialId}/positions/${position.id}/edit`}
        aria-label={t("editLabel", { position: nameOf(position) })}
        className="text-sm font-semibold"
      >
        {t("edit")}
      </TextLink>
    );

  return (
    <div className="flex flex-col gap-4">
      {current.length === 0 && <p className="text-sm">{t("noCurrent")}</p>}
      {current.map((position) => (
        <article
          key={position.id}
          aria-labelledby={`position-${position.id}`}
          className="flex flex-col gap-2 rounded-lg border border-zinc-300 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <header className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 id={`position-${position.id}`} className="font-semibold">
              {nameOf(position)}
            </h3>
            {editLink(position)}
          </header>
          {position.portfolio && <p className="text-sm">{t("portfolioValue", { portfolio: position.portfolio })}</p>}
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{position.startedOn ? t("since", { date: day(position.startedOn) }) : t("sinceUnknown")}</p>
          {mayManage && (
            <EndForm
              action={endAction}
              record={{ id: position.id, version: position.version }}
              today={today}
              dateLabel={t("endDate")}
              buttonLabel={t("end")}
              reloadHref={`/officials/${officialId}`}
            />
          )}
        </article>
      ))}
      <section aria-labelledby="past-positions" className="flex flex-col gap-2">
        <h3 id="past-positions" className="font-semibold">
          {t("past")}
        </h3>
        {past.length === 0 ? (
          <p className="text-sm">{t("noPast")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {past.map((position) => (
              <li key={position.id} className="flex flex-wrap items-baseline gap-x-3">
                <span>
                  {nameOf(position)}
                  {position.portfolio && ` (${position.portfolio})`}: {t("period", { from: day(position.startedOn), to: day(position.endedOn) })}
                </span>
                {editLink(position)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

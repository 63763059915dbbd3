import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { compareObservations, type ComparableObservation, type ComparedField } from "@/lib/domain/observation-diff";
import { formatCount } from "@/lib/domain/metric";

const LABEL_KEY: Record<ComparedField, string> = {
  existence: "existence",
  visibility: "visibility",
  attribution: "attributionField",
  hasAvatar: "hasAvatar",
  verifiedBadge: "verifiedBadge",
  followers: "followers",
  following: "following",
  friends: "friends",
  posts: "posts",
  lastPostAt: "lastPostAt",
  contentKinds: "contentKinds",
  languages: "languages",
  commentsOpen: "commentsOpen",
  replies: "replies",
  liveStreams: "liveStreams",
  personalStories: "personalStories",
  likesLevel: "likesLevel",
};

const ENUM_NAMESPACE: Partial<Record<ComparedField, string>> = {
  existence: "existence",
  visibility: "visibility",
  attribution: "attribution",
  replies: "replies",
  likesLevel: "likes",
  contentKinds: "contentKinds",
  languages: "languages",
};

/** The field-by-field comparison an editor reads before deciding: changes highlighted, large moves flagged. */
export async function ReviewDiff({ previous, current }: { previous: (ComparableObservation & { observedAt: Date }) | null; current: ComparableObservation }) {
  const [t, to, tc, format, locale] = await Promise.all([getTranslations("review"), getTranslations("observation"), getTranslations("common"), getFormatter(), getLocale()]);
  const namespaces = Object.fromEntries(
    await Promise.all(Object.entries(ENUM_NAMESPACE).map(async ([field, namespace]) => [field, await getTranslations(namespace)] as const)),
  );
  const show = (field: ComparedField, value: unknown): string => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return tc("none");
    if (typeof value === "boolean") return value ? to("yes") : to("no");
    if (typeof value === "number") return formatCount(value, false, locale);
    if (value instanceof Date) return format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
    const translate = namespaces[field];
    if (Array.isArray(value)) return value.map((item) => (translate ? translate(String(item)) : String(item))).join(", ");
    return translate ? translate(String(value)) : String(value);
  };
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
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-300 dark:border-zinc-700">
            <tr>
              <th scope="col" className="py-1 pr-3">{t("field")}</th>
              <th scope="col" className="py-1 pr-3">{t("before")}</th>
              <th scope="col" className="py-1 pr-3">{t("now")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field} className={change.changed ? "bg-amber-100 font-semibold dark:bg-amber-900" : ""}>
                <th scope="row" className="py-1 pr-3 font-normal">
                  {to(LABEL_KEY[change.field])}
                  {change.changed && <span className="sr-only"> ({t("changed")})</span>}
                </th>
                <td className="py-1 pr-3 tabular-nums">{show(change.field, change.before)}</td>
                <td className="py-1 pr-3 tabular-nums">{show(change.field, change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

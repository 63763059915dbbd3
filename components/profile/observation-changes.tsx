import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { compareObservations, type ComparableObservation, type ComparedField } from "@/lib/domain/observation-diff";
import { formatCount } from "@/lib/domain/metric";

// The same labels and value names the review desk's comparison uses (components/review/review-diff.tsx).
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

/**
 * What changed since the account's previous published observation, field by field, with the review desk's
 * warnings for large moves. Only the changed fields: the rows around it already show the rest.
 */
export async function ObservationChanges({ previous, current }: { previous: ComparableObservation | null; current: ComparableObservation }) {
  const [t, to, tr, tc, format, locale] = await Promise.all([
    getTranslations("profile.history"),
    getTranslations("observation"),
    getTranslations("review"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  if (!previous) return <span className="text-zinc-600 dark:text-zinc-400">{t("firstObservation")}</span>;
  const { changes, flags } = compareObservations(previous, current);
  const changed = changes.filter((change) => change.changed);
  if (changed.length === 0) return <span className="text-zinc-600 dark:text-zinc-400">{t("noChanges")}</span>;

  const namespaces = Object.fromEntries(
    await Promise.all(
      changed
        .map((change) => [change.field, ENUM_NAMESPACE[change.field]] as const)
        .filter((pair): pair is readonly [ComparedField, string] => pair[1] !== undefined)
        .map(async ([field, namespace]) => [field, await getTranslations(namespace)] as const),
    ),
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

  return (
    <div className="flex flex-col gap-1">
      <ul className="flex flex-col gap-0.5">
        {changed.map((change) => (
          <li key={change.field}>
            {t("change", { field: to(LABEL_KEY[change.field]), before: show(change.field, change.before), after: show(change.field, change.after) })}
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

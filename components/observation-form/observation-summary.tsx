import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatCount } from "@/lib/domain/metric";
import { observedPartialDate, showPartialDate } from "@/lib/domain/partial-date";
import type { Observation } from "@/lib/generated/prisma/browser";

/** What the summary shows: the observation's own columns, typed from the schema, with its official, account and author. */
type Summary = Pick<
  Observation,
  | "platform"
  | "observedAt"
  | "observedAtPrecision"
  | "existence"
  | "visibility"
  | "followers"
  | "followersRaw"
  | "followersApproximate"
  | "following"
  | "followingRaw"
  | "followingApproximate"
  | "friends"
  | "friendsRaw"
  | "friendsApproximate"
  | "posts"
  | "postsRaw"
  | "postsApproximate"
  | "lastPostAt"
  | "lastPostAtPrecision"
  | "publicNote"
  | "internalNote"
  | "attribution"
  | "attributionNote"
  | "hasAvatar"
  | "verifiedBadge"
  | "lastPostUrl"
  | "contentKinds"
  | "languages"
  | "commentsOpen"
  | "replies"
  | "liveStreams"
  | "lastLiveAt"
  | "lastLiveAtPrecision"
  | "personalStories"
  | "likesLevel"
> & {
  official: { fullName: string };
  account: { handle: string | null; label: string | null } | null;
  author?: { name: string } | null;
};

/**
 * An observation, read-only, in the newsroom only. Notes are plain text: React escapes them, and line breaks are
 * kept by CSS. Both notes are shown, each saying whether readers see it.
 */
export async function ObservationSummary({ observation }: { observation: Summary }) {
  const [t, tp, te, tv, tc, format, locale, ta, tk, tl, tr, tlk] = await Promise.all([
    getTranslations("observation"),
    getTranslations("platforms"),
    getTranslations("existence"),
    getTranslations("visibility"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
    getTranslations("attribution"),
    getTranslations("contentKinds"),
    getTranslations("languages"),
    getTranslations("replies"),
    getTranslations("likes"),
  ]);
  const yesNo = (value: boolean | null) => (value === null ? t("notNoted") : value ? t("yes") : t("no"));
  const list = (items: string[]) => (items.length ? items.join(", ") : tc("none"));
  const count = (value: number | null, raw: string | null, approximate: boolean) =>
    value === null ? tc("none") : `${formatCount(value, approximate, locale)}${raw && raw !== String(value) ? ` («${raw}»)` : ""}`;
  // A date known only to the month or the year says so in words too: the summary has the room.
  const partialDay = (date: Date, precision: Summary["lastPostAtPrecision"]) =>
    precision === "DAY"
      ? showPartialDate({ date, precision }, format.dateTime, "long")
      : `${showPartialDate({ date, precision }, format.dateTime, "long")} (${tc(`datePrecision.${precision}`)})`;
  const rows: [string, string][] = [
    [t("official"), observation.official.fullName],
    [t("platform"), tp(observation.platform)],
    [
      t("account"),
      observation.account ? [observation.account.label, observation.account.handle].filter(Boolean).join(" · ") || tp(observation.platform) : t("noAccount"),
    ],
    [
      t("observedAt"),
      observation.observedAtPrecision === "DAY"
        ? format.dateTime(observation.observedAt, { dateStyle: "long", timeStyle: "short" })
        : `${showPartialDate(observedPartialDate(observation.observedAt, observation.observedAtPrecision), format.dateTime, "long")} (${tc(`datePrecision.${observation.observedAtPrecision}`)})`,
    ],
    [t("existence"), te(observation.existence)],
    [t("visibility"), observation.visibility ? tv(observation.visibility) : t("visibilityUnknown")],
    [t("followers"), count(observation.followers, observation.followersRaw, observation.followersApproximate)],
    [t("following"), count(observation.following, observation.followingRaw, observation.followingApproximate)],
    [t("friends"), count(observation.friends, observation.friendsRaw, observation.friendsApproximate)],
    [t("posts"), count(observation.posts, observation.postsRaw, observation.postsApproximate)],
    [t("lastPostAt"), observation.lastPostAt ? partialDay(observation.lastPostAt, observation.lastPostAtPrecision) : tc("none")],
  ];
  rows.push(
    [t("attributionField"), observation.attribution ? ta(observation.attribution) : t("attributionUnknown")],
    [t("hasAvatar"), yesNo(observation.hasAvatar)],
    [t("verifiedBadge"), yesNo(observation.verifiedBadge)],
    [t("contentKinds"), list(observation.contentKinds.map((kind) => tk(kind)))],
    [t("languages"), list(observation.languages.map((language) => tl(language)))],
    [t("commentsOpen"), yesNo(observation.commentsOpen)],
    [t("replies"), observation.replies ? tr(observation.replies) : t("notNoted")],
    [t("likesLevel"), observation.likesLevel ? tlk(observation.likesLevel) : t("notNoted")],
    [t("personalStories"), yesNo(observation.personalStories)],
    [
      t("liveStreams"),
      `${yesNo(observation.liveStreams)}${observation.lastLiveAt ? ` (${partialDay(observation.lastLiveAt, observation.lastLiveAtPrecision)})` : ""}`,
    ],
  );
  if (observation.author) rows.push([t("author"), observation.author.name]);
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {observation.attributionNote && (
        <div>
          <h2 className="font-semibold">{t("attributionNote")}</h2>
          <p className="whitespace-pre-line break-words">{observation.attributionNote}</p>
        </div>
      )}
      {observation.lastPostUrl && (
        <p>
          <span className="font-semibold">{t("lastPostUrl")}: </span>
          <a href={observation.lastPostUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline dark:text-blue-300">
            {observation.lastPostUrl}
          </a>
        </p>
      )}
      {observation.publicNote && (
        <div>
          <h2 className="font-semibold">{t("publicNoteShown")}</h2>
          <p className="whitespace-pre-line break-words">{observation.publicNote}</p>
        </div>
      )}
      {observation.internalNote && (
        <div className="rounded-md border border-dashed border-zinc-400 p-2 dark:border-zinc-600">
          <h2 className="font-semibold">{t("internalNoteShown")}</h2>
          <p className="whitespace-pre-line break-words">{observation.internalNote}</p>
        </div>
      )}
    </div>
  );
}

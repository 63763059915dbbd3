import { getFormatter, getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import type { PositionTitle } from "@/lib/generated/prisma/enums";

type Post = {
  id: string;
  title: PositionTitle;
  portfolio: string | null;
  startedOn: Date | null;
  endedOn: Date | null;
  official: { id: string; fullName: string };
};

/** An akimat's people: those in post in order of rank, then those who held a post there, latest first. */
export async function AkimatOfficials({ current, past }: { current: Post[]; past: Post[] }) {
  const [t, tt, format] = await Promise.all([getTranslations("profile.akimat"), getTranslations("titles"), getFormatter()]);
  // Posts are calendar days (`@db.Date`): read them in UTC so that no zone moves them a day.
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" }) : t("unknownDate"));
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="officials-in-post" className="flex flex-col gap-2">
        <h2 id="officials-in-post" className="text-xl font-semibold">
          {t("officials")}
        </h2>
        {current.length === 0 ? (
          <p className="text-sm">{t("noOfficials")}</p>
        ) : (
          <ol className="flex flex-col divide-y divide-zinc-200 rounded-md border border-zinc-300 bg-white dark:divide-zinc-800 dark:border-zinc-700 dark:bg-zinc-900">
            {current.map((post) => (
              <li key={post.id} className="flex flex-col px-4 py-3">
                <TextLink href={`/officials/${post.official.id}`} className="font-semibold">
                  {post.official.fullName}
                </TextLink>
                <span className="text-sm">
                  {tt(post.title)}
                  {post.portfolio && ` · ${post.portfolio}`}
                </span>
                <span className="text-xs text-zinc-600 dark:text-zinc-400">
                  {post.startedOn ? t("since", { date: day(post.startedOn) }) : t("sinceUnknown")}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="past-officials" className="flex flex-col gap-2">
        <h2 id="past-officials" className="text-lg font-semibold">
          {t("past")}
        </h2>
        {past.length === 0 ? (
          <p className="text-sm">{t("noPast")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {past.map((post) => (
              <li key={post.id}>
                <TextLink href={`/officials/${post.official.id}`} className="font-semibold">
                  {post.official.fullName}
                </TextLink>
                {`, ${tt(post.title)}${post.portfolio ? ` (${post.portfolio})` : ""}: ${t("period", { from: day(post.startedOn), to: day(post.endedOn) })}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

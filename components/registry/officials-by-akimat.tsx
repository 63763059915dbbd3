import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { akimatName } from "@/components/comparison/akimat-name";
import { TextLink } from "@/components/ui/text-link";
import type { AkimatLevel, PositionTitle } from "@/lib/generated/prisma/enums";

type Person = { id: string; fullName: string; fullNameLatin: string | null };
type Group = {
  akimat: { id: string; name: string; nameKk: string | null; nameEn: string | null; level: AkimatLevel; endedOn: Date | null };
  officials: (Person & { title: PositionTitle; portfolio: string | null })[];
};

function PersonLink({ person }: { person: Person }) {
  return (
    <>
      <TextLink href={`/officials/${person.id}`} className="font-semibold">
        {person.fullName}
      </TextLink>
      {person.fullNameLatin && (
        <span lang="en" className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">
          {person.fullNameLatin}
        </span>
      )}
    </>
  );
}

/** Officials under the akimat of each current post, in order of rank; then those without a current post. */
export async function OfficialsByAkimat({ groups, withoutPost }: { groups: Group[]; withoutPost: Person[] }) {
  const [t, tt, tl, format, locale] = await Promise.all([
    getTranslations("registry.officials"),
    getTranslations("titles"),
    getTranslations("levels"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      {groups.map(({ akimat, officials }) => (
        <section key={akimat.id} aria-labelledby={`akimat-${akimat.id}`} className="flex flex-col gap-2">
          <h2 id={`akimat-${akimat.id}`} className="text-lg font-semibold">
            {akimatName(akimat, locale)}
          </h2>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {tl(akimat.level)}
            {akimat.endedOn && ` · ${t("akimatEnded", { date: format.dateTime(akimat.endedOn, { dateStyle: "medium" }) })}`}
          </p>
          <ul className="flex flex-col divide-y divide-zinc-200 rounded-md border border-zinc-300 bg-white dark:divide-zinc-800 dark:border-zinc-700 dark:bg-zinc-900">
            {officials.map((official) => (
              <li key={official.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-2">
                <span>
                  <PersonLink person={official} />
                </span>
                <span className="text-sm text-zinc-700 dark:text-zinc-300">
                  {tt(official.title)}
                  {official.portfolio && ` — ${official.portfolio}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {withoutPost.length > 0 && (
        <section aria-labelledby="without-post" className="flex flex-col gap-2">
          <h2 id="without-post" className="text-lg font-semibold">
            {t("withoutPost")}
          </h2>
          <ul className="flex flex-col divide-y divide-zinc-200 rounded-md border border-zinc-300 bg-white dark:divide-zinc-800 dark:border-zinc-700 dark:bg-zinc-900">
            {withoutPost.map((person) => (
              <li key={person.id} className="px-4 py-2">
                <PersonLink person={person} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

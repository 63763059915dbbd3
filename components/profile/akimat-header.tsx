import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { akimatName } from "@/components/comparison/akimat-name";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import type { AkimatLevel } from "@/lib/generated/prisma/enums";

type Names = { name: string; nameKk: string | null; nameEn: string | null };
type Akimat = Names & { id: string; level: AkimatLevel; endedOn: Date | null; parent: (Names & { id: string }) | null };

/**
 * An akimat's name in the viewer's language (Russian where the translation is missing), with its other names
 * marked by language so that screen readers pronounce them, its level and the akimat it sits under.
 */
export async function AkimatHeader({ akimat, locale, editHref }: { akimat: Akimat; locale: string; editHref: string | null }) {
  const [t, tl, format] = await Promise.all([getTranslations("profile.akimat"), getTranslations("levels"), getFormatter()]);
  const shown = akimatName(akimat, locale);
  const others = (
    [
      ["ru", akimat.name],
      ["kk", akimat.nameKk],
      ["en", akimat.nameEn],
    ] as const
  ).filter((entry): entry is readonly ["ru" | "kk" | "en", string] => Boolean(entry[1]) && entry[1] !== shown);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{shown}</h1>
          {others.map(([lang, name]) => (
            <p key={lang} lang={lang} className="text-zinc-700 dark:text-zinc-300">
              {name}
            </p>
          ))}
        </div>
        {editHref && (
          <Link href={editHref} className={buttonClasses("secondary")}>
            {t("edit")}
          </Link>
        )}
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t("level")}</dt>
        <dd>{tl(akimat.level)}</dd>
        <dt className="font-semibold">{t("parent")}</dt>
        <dd>{akimat.parent ? <TextLink href={`/akimats/${akimat.parent.id}`}>{akimatName(akimat.parent, locale)}</TextLink> : t("noParent")}</dd>
      </dl>
      {akimat.endedOn && (
        <p className="w-fit rounded bg-zinc-800 px-2 py-0.5 text-sm font-semibold text-white dark:bg-zinc-200 dark:text-zinc-900">
          {t("ended", { date: format.dateTime(akimat.endedOn, { dateStyle: "medium", timeZone: "UTC" }) })}
        </p>
      )}
    </div>
  );
}

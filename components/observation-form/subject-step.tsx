import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";

export type SubjectChoice = {
  id: string;
  name: string;
  officials: { id: string; fullName: string; title: string; accounts: { id: string; platform: string; handle: string | null; label: string | null }[] }[];
};

const selectClasses = "w-full min-w-0 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base dark:border-zinc-600 dark:bg-zinc-900";

/** A label beside its select, not around it: a label around a select also names it by its options. */
function StepSelect({ id, name, label, value, children }: { id: string; name: string; label: string; value?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} required className={selectClasses}>
        {children}
      </select>
    </div>
  );
}

/**
 * The first step of a new observation: whom, and on which platform. A GET form, so it works without JavaScript
 * and the form that follows lists only that official's accounts there and starts from what is published.
 */
export function SubjectStep({
  subjects,
  officialId,
  platform,
  keep,
}: {
  subjects: SubjectChoice[];
  officialId?: string;
  platform?: string;
  keep: Record<string, string>;
}) {
  const t = useTranslations("observation");
  const tp = useTranslations("platforms");
  return (
    <form method="get" action="/observations/new" className="flex max-w-3xl flex-col gap-4 rounded-md border border-zinc-300 p-4 dark:border-zinc-700">
      <p>{t("subjectStepIntro")}</p>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <StepSelect id="subject-official" name="officialId" label={t("official")} value={officialId}>
          <option value="">{t("chooseOfficial")}</option>
          {subjects.map((akimat) => (
            <optgroup key={akimat.id} label={akimat.name}>
              {akimat.officials.map((official) => (
                <option key={official.id} value={official.id}>
                  {official.fullName} — {official.title}
                </option>
              ))}
            </optgroup>
          ))}
        </StepSelect>
        <StepSelect id="subject-platform" name="platform" label={t("platform")} value={platform}>
          <option value="">{t("choosePlatform")}</option>
          {PLATFORM_ORDER.map((p) => (
            <option key={p} value={p}>
              {tp(p)}
            </option>
          ))}
        </StepSelect>
      </div>
      <div>
        <Button type="submit">{t("continue")}</Button>
      </div>
    </form>
  );
}

/**
 * The official has several accounts on the platform: the reporter picks the one they looked at, or records that
 * the search found nothing. Links, so it works without JavaScript.
 */
export function AccountStep({
  officialId,
  platform,
  accounts,
  keep = {},
}: {
  officialId: string;
  platform: string;
  accounts: { id: string; name: string }[];
  /** The rest of the address to carry on (a wave chosen in advance). */
  keep?: Record<string, string>;
}) {
  const t = useTranslations("observation");
  const rest = Object.entries(keep)
    .map(([name, value]) => `&${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join("");
  return (
    <nav aria-label={t("account")} className="flex max-w-3xl flex-col gap-3 rounded-md border border-zinc-300 p-4 dark:border-zinc-700">
      <p>{t("accountStepIntro")}</p>
      <ul className="flex flex-col gap-2">
        {accounts.map((account) => (
          <li key={account.id}>
            <Link href={`/observations/new?accountId=${encodeURIComponent(account.id)}${rest}`} className={buttonClasses("secondary")}>
              {account.name}
            </Link>
          </li>
        ))}
        <li>
          <Link
            href={`/observations/new?officialId=${encodeURIComponent(officialId)}&platform=${encodeURIComponent(platform)}&existence=NOT_FOUND${rest}`}
            className={buttonClasses("quiet")}
          >
            {t("searchedNotFound")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

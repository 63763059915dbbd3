import { getTranslations } from "next-intl/server";
import { TextLink, textLinkClasses } from "@/components/ui/text-link";
import type { AccountKind, Platform } from "@/lib/generated/prisma/enums";

type Account = { id: string; platform: Platform; kind: AccountKind; handle: string | null; url: string | null; label: string | null };

/** An official's accounts, each with the way to record what it shows now. */
export async function AccountList({ officialId, accounts, mayEdit }: { officialId: string; accounts: Account[]; mayEdit: boolean }) {
  const [t, tp, tk] = await Promise.all([getTranslations("registry.account"), getTranslations("platforms"), getTranslations("registry.kinds")]);
  if (accounts.length === 0) return <p className="text-sm">{t("none")}</p>;
  return (
    <ul className="flex flex-col divide-y divide-zinc-200 rounded-md border border-zinc-300 bg-white dark:divide-zinc-800 dark:border-zinc-700 dark:bg-zinc-900">
      {accounts.map((account) => {
        const name = [tp(account.platform), account.label, account.handle].filter(Boolean).join(" · ");
        const observe = new URLSearchParams({ officialId, platform: account.platform, accountId: account.id });
        return (
          <li key={account.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
            <div className="flex flex-col">
              <span className="font-semibold">{name}</span>
              <span className="text-xs text-zinc-600 dark:text-zinc-400">{tk(account.kind)}</span>
              {account.url && (
                // Typed by people, so the address may lead anywhere: no referrer, no ranking credit.
                <a href={account.url} rel="noopener noreferrer nofollow" className={`text-sm break-all ${textLinkClasses}`}>
                  {account.url}
                </a>
              )}
            </div>
            <div className="flex flex-wrap gap-4">
              <TextLink href={`/observations/new?${observe}`} aria-label={t("observeLabel", { account: name })} className="text-sm font-semibold">
                {t("observe")}
              </TextLink>
              {mayEdit && (
                <TextLink
                  href={`/officials/${officialId}/accounts/${account.id}/edit`}
                  aria-label={t("editLabel", { account: name })}
                  className="text-sm font-semibold"
                >
                  {t("edit")}
                </TextLink>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

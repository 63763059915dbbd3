import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextLink, textLinkClasses } from "@/components/ui/text-link";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import type { AccountKind, Platform } from "@/lib/generated/prisma/enums";

type Account = { id: string; platform: Platform; kind: AccountKind; handle: string | null; url: string | null; label: string | null };

/** An official's accounts, each with the way to record what it shows now, and the way to record a search that found none. */
export async function AccountList({ officialId, accounts, mayEdit }: { officialId: string; accounts: Account[]; mayEdit: boolean }) {
  const t = await getTranslations("registry.account");
  return (
    <div className="flex flex-col gap-3">
      {accounts.length === 0 ? <p className="text-sm">{t("none")}</p> : <Accounts officialId={officialId} accounts={accounts} mayEdit={mayEdit} />}
      <SearchedNotFound officialId={officialId} />
    </div>
  );
}

/**
 * Absence is data too: a search on a platform that found nothing is recorded as an observation. A plain GET form
 * (no script needed) that opens the observation form for this official and platform, set to "searched, not found".
 */
async function SearchedNotFound({ officialId }: { officialId: string }) {
  const [t, tp] = await Promise.all([getTranslations("registry.account"), getTranslations("platforms")]);
  return (
    <form method="get" action="/observations/new" aria-label={t("notFoundTitle")} className="flex flex-wrap items-end gap-3 text-sm">
      <input type="hidden" name="officialId" value={officialId} />
      <input type="hidden" name="existence" value="NOT_FOUND" />
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("notFoundPlatform")}</span>
        <select name="platform" required className="rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900">
          {PLATFORM_ORDER.map((platform) => (
            <option key={platform} value={platform}>
              {tp(platform)}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary">
        {t("notFoundSubmit")}
      </Button>
    </form>
  );
}

async function Accounts({ officialId, accounts, mayEdit }: { officialId: string; accounts: Account[]; mayEdit: boolean }) {
  const [t, tp, tk] = await Promise.all([getTranslations("registry.account"), getTranslations("platforms"), getTranslations("registry.kinds")]);
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

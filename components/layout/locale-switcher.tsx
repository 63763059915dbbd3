import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";

/** Three buttons in a plain form: works without JavaScript, remembered in the NEXT_LOCALE cookie. */
export async function LocaleSwitcher({ action }: { action: (formData: FormData) => Promise<void> }) {
  const [t, current] = await Promise.all([getTranslations("common"), getLocale()]);
  return (
    <form action={action} aria-label={t("switchLanguage")} className="flex flex-wrap gap-1 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 aria-pressed:bg-zinc-900 aria-pressed:text-white hover:underline dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900"
        >
          {t(`localeNames.${locale}`)}
        </button>
      ))}
    </form>
  );
}

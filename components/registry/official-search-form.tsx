import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";

/** A GET form: the query is in the address (?q=), so a search can be bookmarked, shared and reloaded. */
export async function OfficialSearchForm({ query }: { query: string }) {
  const t = await getTranslations("registry.officials");
  return (
    <form method="get" action="/officials" role="search" className="flex flex-col gap-1">
      <label htmlFor="q" className="text-sm font-semibold">
        {t("searchLabel")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input id="q" name="q" type="search" defaultValue={query} aria-describedby="q-help" autoComplete="off" className={`${inputClasses} max-w-md`} />
        <button type="submit" className={buttonClasses()}>
          {t("search")}
        </button>
        {query && (
          <Link href="/officials" className={buttonClasses("quiet")}>
            {t("clear")}
          </Link>
        )}
      </div>
      <p id="q-help" className="text-xs text-zinc-600 dark:text-zinc-400">
        {t("searchHelp")}
      </p>
    </form>
  );
}

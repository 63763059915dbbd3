import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/**
 * The pages to offer by number: the first, the last, and the ones either side of the current page, with a
 * gap marked where pages are skipped (a gap of a single page shows that page instead).
 */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return shown.flatMap((p, index): (number | "gap")[] => {
    const skipped = index === 0 ? 0 : p - shown[index - 1]! - 1;
    return skipped === 0 ? [p] : skipped === 1 ? [p - 1, p] : ["gap", p];
  });
}

/**
 * Newer and older pages of the history as plain links (no JavaScript needed; every page has its address).
 * Page 1 is the newest. Nothing is shown when the history fits on one page. The review queue pages with it too,
 * in its own words (`namespace`: there page 1 is what waits longest, and "newer"/"older" read "previous"/"next").
 */
export async function HistoryPager({
  page,
  pageCount,
  href,
  namespace = "profile.pager",
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  namespace?: "profile.pager" | "review.pager" | "savedEmbeds.pager";
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations(namespace);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p>{t("status", { page, pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <TextLink href={href(page - 1)} rel="prev" className="rounded px-2 py-1 font-semibold">
              <span aria-hidden="true">← </span>
              {t("newer")}
            </TextLink>
          </li>
        )}
        {pageWindow(page, pageCount).map((entry, index) =>
          entry === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={entry}>
              {entry === page ? (
                <span aria-current="page" className="rounded bg-zinc-800 px-2 py-1 font-semibold text-white dark:bg-zinc-200 dark:text-zinc-900">
                  <span className="sr-only">{t("page", { page: entry })}</span>
                  <span aria-hidden="true">{entry}</span>
                </span>
              ) : (
                <TextLink href={href(entry)} aria-label={t("page", { page: entry })} className="rounded px-2 py-1">
                  {entry}
                </TextLink>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <TextLink href={href(page + 1)} rel="next" className="rounded px-2 py-1 font-semibold">
              {t("older")}
              <span aria-hidden="true"> →</span>
            </TextLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

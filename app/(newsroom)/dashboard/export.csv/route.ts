import { createTranslator } from "next-intl";
import { akimatName } from "@/components/comparison/akimat-name";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { getComparison } from "@/lib/data/comparison/get-comparison";
import { findWaveCut, waveCutInstant } from "@/lib/data/waves/wave-cut";
import { asOfFromParam, asOfToParam } from "@/lib/domain/as-of";
import { comparisonCsvHeader, comparisonCsvRows, type ComparisonCsvLanguage } from "@/lib/domain/comparison-csv";
import { sortComparisonOfficials } from "@/lib/domain/comparison-sort";
import { toCsv } from "@/lib/domain/csv";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";
import { parseDashboardView } from "@/lib/validation/dashboard-view";

export const dynamic = "force-dynamic";

/** The dashboard's current view (same address parameters) as a spreadsheet, for the newsroom, in the viewer's language. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  if (!can(viewer, "dashboard.view")) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const view = parseDashboardView(Object.fromEntries([...url.searchParams.keys()].map((key) => [key, url.searchParams.getAll(key)])));
  // A wave stands instead of the day, as on the dashboard.
  const wave = (await findWaveCut(view.wave)) ?? undefined;
  const asOf = wave ? waveCutInstant(wave) : asOfFromParam(view.asOf);
  // The interface's language, from the cookie the language switcher sets (lib/i18n/request.ts reads the same).
  const fromCookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(request.headers.get("cookie") ?? "")?.[1];
  const locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const language: ComparisonCsvLanguage = { t: (key) => t(key as never), akimatName: (akimat) => akimatName(akimat, locale) };
  const comparison = await getComparison({
    asOf,
    wave,
    akimatSlugs: view.akimats.length ? view.akimats : undefined,
    platforms: view.platform ? [view.platform] : undefined,
  });
  const sorted = {
    ...comparison,
    akimats: comparison.akimats.map((akimat) => ({ ...akimat, officials: sortComparisonOfficials(akimat.officials, view.sort) })),
  };
  return new Response(toCsv(comparisonCsvHeader(language), comparisonCsvRows(sorted, language)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="ashyq-dashboard-${asOfToParam(asOf)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

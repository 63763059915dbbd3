import { createTranslator } from "next-intl";
import { akimatName } from "@/components/comparison/akimat-name";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { getWaveChanges } from "@/lib/data/waves/get-wave-changes";
import { asOfToParam } from "@/lib/domain/as-of";
import { toCsv } from "@/lib/domain/csv";
import { waveChangesCsvHeader, waveChangesCsvRows, type WaveChangesCsvLanguage } from "@/lib/domain/wave-changes-csv";
import { renderPublished } from "@/lib/http/published-render-cache";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";
import { endpointParam, endpointsOf } from "../changes/endpoints";

export const dynamic = "force-dynamic";

/** Thrown inside the rendering when a side's wave is not there: the route answers 404, and nothing is kept. */
class NoSuchSide extends Error {}

/**
 * The change report between two waves or dates (same address parameters as the page), every official, in the
 * viewer's language. The file is made once per view, language, day and publication version and kept in memory
 * (lib/http/published-render-cache.ts, as the embeds are): it holds approved data only, the same for every
 * newsroom member who may see it, and at national scale making it is ~1 500 rows of comparisons (100–200 ms);
 * an editor who downloads it again, or a colleague after them, gets the same bytes until something is published.
 */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  if (!can(viewer, "wave.view")) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const { from, to, akimats } = endpointsOf(Object.fromEntries([...url.searchParams.keys()].map((key) => [key, url.searchParams.getAll(key)])));
  if (!from || !to) return new Response("Choose two waves or dates: ?from=<wave id|YYYY-MM-DD>&to=<wave id|YYYY-MM-DD>", { status: 400 });
  const fromCookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(request.headers.get("cookie") ?? "")?.[1];
  const locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  // Today is part of what it shows: an open wave's officials are those in post today.
  const key = `waves/changes.csv?from=${endpointParam(from)}&to=${endpointParam(to)}&akimats=${[...akimats].sort().join(",")}|${locale}|${asOfToParam(new Date())}`;
  let rendered;
  try {
    rendered = await renderPublished(key, async () => {
      const report = await getWaveChanges({ viewer, from, to, page: "all", akimatSlugs: akimats, summaries: false });
      if (!report) throw new NoSuchSide();
      const t = createTranslator({ locale, messages: await loadMessages(locale) });
      const language: WaveChangesCsvLanguage = { t: (key) => t(key as never), akimatName: (akimat) => akimatName(akimat, locale) };
      const label = (side: typeof report.from) => (side.kind === "wave" ? side.name : side.day);
      const rows = waveChangesCsvRows({ fromLabel: label(report.from), toLabel: label(report.to), rows: report.rows }, language);
      // Bytes, not one string: a Response scans a string whole for lone surrogates before its first byte.
      return Buffer.from(toCsv(waveChangesCsvHeader(language), rows), "utf8");
    });
  } catch (error) {
    if (error instanceof NoSuchSide) return new Response("Not found", { status: 404 });
    throw error;
  }
  const name = `ashyq-changes-${endpointParam(from)}-${endpointParam(to)}.csv`;
  return new Response(new Uint8Array(rendered.body), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

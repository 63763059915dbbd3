import { createTranslator } from "next-intl";
import { akimatName } from "@/components/comparison/akimat-name";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { getWaveChanges } from "@/lib/data/waves/get-wave-changes";
import { toCsv, toCsvRows, type CsvCell } from "@/lib/domain/csv";
import { waveChangesCsvHeader, waveChangesCsvRows, type WaveChangesCsvLanguage } from "@/lib/domain/wave-changes-csv";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";
import { endpointParam, endpointsOf } from "../changes/endpoints";

export const dynamic = "force-dynamic";

const ROWS_PER_PIECE = 500;

/**
 * The file as bytes, a few hundred rows at a time: at national scale it is ~1 500 rows and 560 KiB, and one string of
 * it was scanned whole by the Response for lone surrogates, then encoded whole, before the first byte went out.
 */
function csvStream(header: string[], rows: CsvCell[][]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      if (next === 0) controller.enqueue(encoder.encode(toCsv(header, [])));
      const piece = rows.slice(next, next + ROWS_PER_PIECE);
      next += ROWS_PER_PIECE;
      if (piece.length) controller.enqueue(encoder.encode(toCsvRows(piece)));
      if (next >= rows.length) controller.close();
    },
  });
}

/** The change report between two waves or dates (same address parameters as the page), every official, in the viewer's language. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  if (!can(viewer, "wave.view")) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const { from, to, akimats } = endpointsOf(Object.fromEntries([...url.searchParams.keys()].map((key) => [key, url.searchParams.getAll(key)])));
  if (!from || !to) return new Response("Choose two waves or dates: ?from=<wave id|YYYY-MM-DD>&to=<wave id|YYYY-MM-DD>", { status: 400 });
  const report = await getWaveChanges({ viewer, from, to, page: "all", akimatSlugs: akimats, summaries: false });
  if (!report) return new Response("Not found", { status: 404 });
  const fromCookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(request.headers.get("cookie") ?? "")?.[1];
  const locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const language: WaveChangesCsvLanguage = { t: (key) => t(key as never), akimatName: (akimat) => akimatName(akimat, locale) };
  const label = (side: typeof report.from) => (side.kind === "wave" ? side.name : side.day);
  const rows = waveChangesCsvRows({ fromLabel: label(report.from), toLabel: label(report.to), rows: report.rows }, language);
  const name = `ashyq-changes-${endpointParam(from)}-${endpointParam(to)}.csv`;
  return new Response(csvStream(waveChangesCsvHeader(language), rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

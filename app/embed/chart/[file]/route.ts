import { embedResponse } from "@/lib/http/embed-response";
import { SECURITY_HEADERS } from "@/lib/http/security-headers.js";
import { parseChangesEmbedOptions, parseComparisonEmbedOptions } from "@/lib/validation/embed-options";
import { rememberPublishedResponse } from "@/server/published-responses";
import { CHART_FILE_CONTENT_SECURITY_POLICY, renderChangesChart, renderComparisonChart, type ChartFormat } from "../../chart-renderings";

export const dynamic = "force-dynamic";

const FILE = /^(comparison|changes)\.(svg|png)$/;
const CONTENT_TYPES: Record<ChartFormat, string> = { svg: "image/svg+xml; charset=utf-8", png: "image/png" };

const notFound = () => new Response("Not found", { status: 404, headers: { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });

/**
 * An embed's chart to download (issue 17, part 5): `/embed/chart/comparison.svg?<the embed's query>`, `.png` at
 * twice the size; `/embed/chart/changes.svg?…` for the change report. Approved data only, as the embed; no session,
 * no cookie; cached per view and publication version, with an ETag, like the embeds. The SVG goes to the server's
 * memory as the embeds do (server/published-responses.ts, which may gzip it); the PNG does not, since gzip gains
 * nothing on it and the route alone sends it plain.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = FILE.exec((await params).file);
  if (!match) return notFound();
  const format = match[2] as ChartFormat;
  const query = new URL(request.url).searchParams;
  const download =
    match[1] === "comparison"
      ? await renderComparisonChart(parseComparisonEmbedOptions(query), format)
      : await renderChangesChart(parseChangesEmbedOptions(query), format);
  if (!download) return notFound();
  const { response, pathAndQuery, published } = embedResponse(request, download.rendered, CHART_FILE_CONTENT_SECURITY_POLICY, {
    contentType: CONTENT_TYPES[format],
    headers: { "Content-Disposition": `attachment; filename="${download.filename}"` },
    compressible: format === "svg",
  });
  if (format === "svg") rememberPublishedResponse(pathAndQuery, published);
  return response;
}

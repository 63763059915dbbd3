import sharp from "sharp";
import { changesEmbedSubtitle } from "@/components/embed/changes-embed";
import { changesCharts, chartFile, comparisonCharts } from "@/components/embed/embed-charts";
import { provenance } from "@/components/embed/embed-frame";
import { getComparison } from "@/lib/data/comparison/get-comparison";
import { getChangesEmbed } from "@/lib/data/embed/get-changes-embed";
import { findWaveCut, waveRenderKey } from "@/lib/data/waves/wave-cut";
import { asOfFromParam, asOfToParam } from "@/lib/domain/as-of";
import { toSlug } from "@/lib/domain/transliteration";
import { embedContext } from "@/lib/http/embed-context";
import { renderPublished, type PublishedRendering } from "@/lib/http/published-render-cache";
import {
  changeEndpointParam,
  changesEmbedQuery,
  changesPublishedByOf,
  comparisonEmbedQuery,
  publishedByOf,
  type ChangesEmbedOptions,
  type ComparisonEmbedOptions,
} from "@/lib/validation/embed-options";

/*
 * A chart of an embed as a file to download (issue 17, part 5): standalone SVG, or PNG at twice its size for print
 * and social media, with the title, the outlet and the date (or the wave, or "live") drawn in. From the same reads
 * as the embed (approved data only) and cached the same way: rendered once per view, day or wave, and publication
 * version (lib/http/published-render-cache.ts). The PNG is drawn from that SVG by sharp (librsvg, with the
 * server's DejaVu Sans), which takes tens of milliseconds: a reader's embed never waits for it, only a download.
 */

export type ChartFormat = "svg" | "png";

/**
 * A file is a document of its own when opened: an SVG could hold a script, and this one never runs anything or
 * loads anything (its colours and fonts are attributes), nor is it framed.
 */
export const CHART_FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";
export type ChartDownload = { rendered: PublishedRendering; filename: string };

// One core of two for a PNG at most: the embeds and everything else keep the other (lib/data/evidence does the same).
sharp.concurrency(1);

/** 72 dpi is SVG's pixel: 144 draws every pixel as two, the PNG twice the SVG's width and height. */
const PNG_DENSITY = 144;
/**
 * The tallest PNG drawn: librsvg refuses more than 32 767 px, and 1 440 × 16 384 pixels already take 90 MB while
 * drawn. A chart taller than half of it (some 340 officials in one embed) is drawn smaller than twice its size.
 */
const PNG_MAX_HEIGHT = 16_384;

/** The density that draws an SVG `height` px tall at twice its size, or as large as PNG_MAX_HEIGHT allows. */
export function pngDensity(height: number): number {
  return Math.min(PNG_DENSITY, Math.floor((72 * PNG_MAX_HEIGHT) / Math.max(1, height)));
}

async function svgThenPng(key: string, format: ChartFormat, svg: () => Promise<string>): Promise<PublishedRendering> {
  const drawn = await renderPublished(`chart.svg:${key}`, svg);
  if (format === "svg") return drawn;
  // The standalone file states its height first (components/embed/chart-svg.ts).
  const height = Number(/<svg [^>]*?height="(\d+)"/.exec(drawn.body.subarray(0, 400).toString("utf8"))?.[1] ?? 0);
  return renderPublished(`chart.png:${key}`, () =>
    sharp(drawn.body, { density: pngDensity(height) })
      .png()
      .toBuffer(),
  );
}

/** A file name a reader can keep: the outlet, the chart and the day or wave, in plain ASCII. */
function fileName(outlet: string, chart: string, when: string, format: ChartFormat): string {
  return `${[toSlug(outlet, 30) || "ashyq", chart, toSlug(when, 60)].filter(Boolean).join("-")}.${format}`;
}

/** The comparison's chart `options.chart` (a reach chart: of `options.platform`, else the first platform); null when there is none. */
export async function renderComparisonChart(options: ComparisonEmbedOptions, format: ChartFormat): Promise<ChartDownload | null> {
  if (!options.chart) return null;
  const now = new Date();
  const wave = (await findWaveCut(options.wave)) ?? undefined;
  const day = options.asOf ?? asOfToParam(now);
  const key = `comparison?${comparisonEmbedQuery(options)}|${wave ? waveRenderKey(wave, asOfToParam(now)) : day}`;
  const context = await embedContext(options.lang);
  const rendered = await svgThenPng(key, format, async () => {
    const comparison = await getComparison({
      asOf: asOfFromParam(options.asOf, now),
      akimatSlugs: options.akimats,
      wave,
      publishedBy: publishedByOf(options, now),
    });
    const chart = comparisonCharts(comparison, options, context)[0];
    if (!chart) throw new ChartMissing();
    const { t } = context;
    const stated = provenance(t, {
      outlet: context.outlet,
      date: context.formatAsOf(comparison.asOf),
      pinned: options.asOf !== undefined,
      wave: comparison.wave,
      published: comparison.publishedBy && context.formatAsOf(comparison.publishedBy),
    });
    const marks = chart.name === "openness" ? [] : [t.common("approximateLegend"), t.embed("notFoundLegend")];
    return chartFile(chart, { provenance: stated, footer: [...marks, t.embed("approvedOnly"), t.embed("madeWith")] });
  }).catch((error: unknown) => {
    if (error instanceof ChartMissing) return null;
    throw error;
  });
  if (!rendered) return null;
  const chartName = options.chart === "reach" && options.platform ? `reach-${options.platform.toLowerCase()}` : options.chart;
  const when = wave ? `wave ${wave.name}` : options.asOf ? day : `live ${day}`;
  return { rendered, filename: fileName(context.outlet, chartName, when, format) };
}

/** The change report's chart `options.chart`; null when there is none, or a side is missing. */
export async function renderChangesChart(options: ChangesEmbedOptions, format: ChartFormat): Promise<ChartDownload | null> {
  const { from, to, chart } = options;
  if (!from || !to || !chart) return null;
  const now = new Date();
  const key = `changes?${changesEmbedQuery(options)}|${asOfToParam(now)}`;
  const context = await embedContext(options.lang);
  const rendered = await svgThenPng(key, format, async () => {
    const view = await getChangesEmbed({ from, to, akimatSlugs: options.akimats, now, publishedBy: changesPublishedByOf(options, now) });
    const drawn = view && changesCharts(view, chart, context)[0];
    if (!view || !drawn) throw new ChartMissing();
    const { t } = context;
    const marks = chart === "followers" ? [t.common("approximateLegend"), t.embed("notFoundLegend")] : [];
    return chartFile(drawn, {
      provenance: changesEmbedSubtitle(view, context),
      footer: [...marks, t.embed("changes.sidesLegend"), t.embed("approvedOnly"), t.embed("madeWith")],
    });
  }).catch((error: unknown) => {
    if (error instanceof ChartMissing) return null;
    throw error;
  });
  if (!rendered) return null;
  return { rendered, filename: fileName(context.outlet, chart, `${changeEndpointParam(from)} ${changeEndpointParam(to)}`, format) };
}

/** A view with nothing to draw (no official, no akimat, a wave gone): the route answers 404. Never cached. */
class ChartMissing extends Error {}

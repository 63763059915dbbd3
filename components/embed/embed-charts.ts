import { chartFormat } from "@/components/charts/format";
import { MIN_DRAWING_WIDTH } from "@/components/charts/text";
import { zeroBasedTicks } from "@/components/charts/ticks";
import { akimatName } from "@/components/comparison/akimat-name";
import type { Comparison, ComparisonOfficial } from "@/lib/domain/comparison";
import { reachOnPlatform } from "@/lib/domain/comparison-sort";
import { OPENNESS_PARTS } from "@/lib/domain/openness";
import { opennessOfAkimat } from "@/lib/domain/openness-by-akimat";
import type { ChangesEmbedView } from "@/lib/domain/wave-changes-embed";
import type { Platform } from "@/lib/generated/prisma/enums";
import type { CellContext } from "@/lib/http/embed-context";
import { INTL_LOCALE, isLocale } from "@/lib/i18n/config";
import type { ChangesChart, ComparisonChart } from "@/lib/validation/embed-options";
import { layoutBars, layoutStack, type BarAxis, type BarGroup, type ChartLayout } from "./chart-layout";
import { inlineChartSvg, inlineLegend, STANDALONE_PLOT, standaloneChartSvg, type LegendItem } from "./chart-svg";
import { html, type SafeHtml } from "./html";

/*
 * The embeds' charts (issue 17, part 5): what each draws, from the data the embed already has, with the
 * dashboard's rules (components/dashboard/dashboard-charts.tsx): "not found" and "not observed" are words, never a
 * zero bar; an approximate value is hatched and marked "≈"; a withheld index is no bar. Each chart has its numbers
 * as a table, and links to download it as SVG and as PNG.
 */

export type ChartTable = { columns: string[]; groups: { label?: string; rows: { header: string; cells: string[] }[] }[] };

export type EmbedChart = {
  /** For the downloaded file's name: `reach-instagram`, `openness`, `accounts`, `followers`. */
  name: string;
  title: string;
  description: string;
  /** The marks, wrapped for a drawing `width` pixels wide at its narrowest. */
  layout: (width: number) => ChartLayout;
  legend: LegendItem[];
  /**
   * The chart's figures as a table of its own, or none when the embed's table below is that (the comparison's
   * reach, the change report's medians): the same numbers twice would only lengthen a phone's page.
   */
  table?: ChartTable;
  /** What the download's address adds to the view's: the platform of a reach chart. */
  platform?: Platform;
};

const THEN = 4; // grey: what was
const NOW = 0; // blue: what is

/** What a bar shows when there is no number: "not found" and "not observed" are results, never a zero. */
function missingReason(official: ComparisonOfficial, platform: Platform, { t }: CellContext): string {
  const cells = official.cells[platform] ?? [];
  if (cells.length === 0) return t.dashboard("notObserved");
  if (cells.every((cell) => cell.existence !== "FOUND")) return t.dashboard("notFound");
  return t.dashboard("noCount");
}

function countAxis(values: number[], locale: string): BarAxis {
  const axis = zeroBasedTicks(Math.max(0, ...values), { integer: values.every(Number.isInteger) });
  return { ...axis, format: (value) => chartFormat(locale).value(value) };
}

function barsTable(groups: BarGroup[], columns: string[]): ChartTable {
  return { columns, groups: groups.map((group) => ({ label: group.label, rows: group.rows.map((row) => ({ header: row.label, cells: [row.text] })) })) };
}

function reachChart(comparison: Comparison, platform: Platform, context: CellContext, withTable: boolean): EmbedChart {
  const { t, locale } = context;
  const format = chartFormat(locale);
  const groups: BarGroup[] = comparison.akimats
    .filter((akimat) => akimat.officials.length > 0)
    .map((akimat, index) => ({
      label: akimatName(akimat, locale),
      rows: akimat.officials.map((official) => {
        const value = reachOnPlatform(official, platform);
        const approximate = value !== null && (official.cells[platform] ?? []).some((cell) => cell.reach?.value === value && cell.reach.approximate);
        return {
          label: official.fullName,
          value,
          approximate,
          series: index,
          text: value === null ? missingReason(official, platform, context) : format.value(value, approximate),
        };
      }),
    }));
  const axis = countAxis(
    groups.flatMap((group) => group.rows.flatMap((row) => (row.value === null ? [] : [row.value]))),
    locale,
  );
  const hatched = groups.findIndex((group) => group.rows.some((row) => row.approximate));
  const name = t.platforms(platform);
  return {
    name: `reach-${platform.toLowerCase()}`,
    title: t.dashboard("charts.reachTitle", { platform: name }),
    description: t.dashboard("charts.reachDescription", { platform: name }),
    layout: (width) => layoutBars(groups, axis, width),
    legend: hatched >= 0 ? [{ label: t.dashboard("charts.approximate"), series: hatched, hatched: true }] : [],
    table: withTable ? barsTable(groups, [t.dashboard("official"), t.dashboard("charts.reachValue")]) : undefined,
    platform,
  };
}

function opennessChart(comparison: Comparison, { t, locale }: CellContext): EmbedChart {
  const format = chartFormat(locale);
  const tenth = (value: number) => Math.round(value * 10) / 10;
  const rows = comparison.akimats.map((akimat) => {
    const openness = opennessOfAkimat(akimat.officials);
    return {
      label: akimatName(akimat, locale),
      total: openness && tenth(openness.mean),
      text: openness ? format.value(tenth(openness.mean)) : t.dashboard("charts.opennessMissing"),
      segments: OPENNESS_PARTS.map(({ key }) => {
        const share = openness ? tenth(openness.shares[key]) : 0;
        return { value: share, text: format.value(share) };
      }),
    };
  });
  const parts = OPENNESS_PARTS.map(({ key }) => t.openness(`parts.${key}`));
  return {
    name: "openness",
    title: t.dashboard("charts.opennessTitle"),
    description: t.dashboard("charts.opennessDescription"),
    layout: (width) => layoutStack(rows, 100, width),
    legend: parts.map((label, series) => ({ label, series })),
    table: {
      columns: [t.dashboard("charts.akimat"), ...parts, t.dashboard("charts.meanOpenness")],
      groups: [
        {
          rows: rows.map((row) => ({
            header: row.label,
            cells: row.total === null ? parts.map(() => "—").concat(row.text) : [...row.segments.map((segment) => segment.text), row.text],
          })),
        },
      ],
    },
  };
}

export function comparisonCharts(
  comparison: Comparison,
  options: { chart?: ComparisonChart; platform?: string; metric?: string },
  context: CellContext,
): EmbedChart[] {
  if (!comparison.akimats.some((akimat) => akimat.officials.length > 0)) return [];
  if (options.chart === "openness") return [opennessChart(comparison, context)];
  if (options.chart !== "reach") return [];
  const platforms = options.platform ? comparison.platforms.filter((platform) => platform === options.platform) : comparison.platforms;
  // The tables below show each official's reach when the embed's measure is reach: they are the chart's table.
  return platforms.map((platform) => reachChart(comparison, platform, context, options.metric !== undefined && options.metric !== "reach"));
}

/** Then and now per akimat: the share of its surveyed officials with an account found, in words "4 of 6". */
function accountsChart(view: ChangesEmbedView, { t, locale }: CellContext): EmbedChart {
  const percent = new Intl.NumberFormat(INTL_LOCALE[isLocale(locale) ? locale : "ru"], { style: "percent" });
  const number = new Intl.NumberFormat(INTL_LOCALE[isLocale(locale) ? locale : "ru"]);
  const side = (label: string, surveyed: number, noAccount: number, series: number) => ({
    label,
    value: surveyed ? (100 * (surveyed - noAccount)) / surveyed : null,
    text: surveyed ? t.embed("changes.outOf", { count: number.format(surveyed - noAccount), total: number.format(surveyed) }) : t.waveChanges("notSurveyed"),
    approximate: false,
    series,
  });
  const [then, now] = [t.waveChanges("then"), t.waveChanges("now")];
  const groups: BarGroup[] = view.summaries.map(({ akimat, summary }) => ({
    label: akimatName(akimat, locale),
    rows: [side(then, summary.surveyedThen, summary.noAccountThen, THEN), side(now, summary.surveyedNow, summary.noAccountNow, NOW)],
  }));
  const axis: BarAxis = { max: 100, ticks: [0, 25, 50, 75, 100], format: (value) => percent.format(value / 100) };
  return {
    name: "accounts",
    title: t.embed("charts.accountsTitle"),
    description: t.embed("charts.accountsDescription"),
    layout: (width) => layoutBars(groups, axis, width),
    legend: [
      { label: then, series: THEN },
      { label: now, series: NOW },
    ],
    table: {
      columns: [t.embed("changes.akimat"), then, now],
      groups: [{ rows: groups.map((group) => ({ header: group.label, cells: group.rows.map((row) => row.text) })) }],
    },
  };
}

/** Then and now per akimat and platform: the median followers of the accounts found, "≈" and hatched when approximate. */
function followersChart(view: ChangesEmbedView, { t, locale }: CellContext): EmbedChart {
  const format = chartFormat(locale);
  const platforms = view.platforms.filter((platform) => view.summaries.some(({ summary }) => summary.medianThen[platform] || summary.medianNow[platform]));
  const [then, now] = [t.waveChanges("then"), t.waveChanges("now")];
  const row = (platform: Platform, side: "Then" | "Now", median: { value: number; approximate: boolean } | null | undefined, series: number) => {
    const value = median ? Math.round(median.value) : null;
    return {
      label: t.embed(`charts.platform${side}`, { platform: t.platforms(platform) }),
      value,
      approximate: median?.approximate ?? false,
      text: median ? format.value(value!, median.approximate) : t.embed("charts.noMedian"),
      series,
    };
  };
  const groups: BarGroup[] = view.summaries.map(({ akimat, summary }) => ({
    label: akimatName(akimat, locale),
    rows: platforms.flatMap((platform) => [row(platform, "Then", summary.medianThen[platform], THEN), row(platform, "Now", summary.medianNow[platform], NOW)]),
  }));
  const rows = groups.flatMap((group) => group.rows);
  const hatched = [...new Set(rows.filter((bar) => bar.approximate && bar.value !== null).map((bar) => bar.series))];
  return {
    name: "followers",
    title: t.embed("charts.followersTitle"),
    description: t.embed("charts.followersDescription"),
    layout: (width) =>
      layoutBars(
        groups,
        countAxis(
          rows.flatMap((bar) => (bar.value === null ? [] : [bar.value])),
          locale,
        ),
        width,
      ),
    legend: [
      { label: then, series: THEN },
      { label: now, series: NOW },
      ...hatched.map((series) => ({ label: t.dashboard("charts.approximate"), series, hatched: true })).slice(0, 1),
    ],
    // The summary table below gives each akimat's medians then and now.
  };
}

export function changesCharts(view: ChangesEmbedView, chart: ChangesChart | undefined, context: CellContext): EmbedChart[] {
  if (!chart || view.summaries.length === 0) return [];
  return [chart === "accounts" ? accountsChart(view, context) : followersChart(view, context)];
}

/** The chart's numbers, openable without JavaScript; grouped rows keep their akimat as a row group's header. */
function dataTable(chart: EmbedChart, { t }: CellContext): SafeHtml | null {
  if (!chart.table) return null;
  const { columns, groups } = chart.table;
  const head = html`<thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>`;
  const bodies = groups.map(
    (group) =>
      html`<tbody>${group.label === undefined ? null : html`<tr><th scope="rowgroup" colspan="${columns.length}">${group.label}</th></tr>`}${group.rows.map(
        (row) =>
          html`<tr><th scope="row">${row.header}</th>${row.cells.map((cell, index) => html`<td data-label="${columns[index + 1] ?? ""}">${cell}</td>`)}</tr>`,
      )}</tbody>`,
  );
  return html`<details><summary>${t.dashboard("charts.showData")}</summary><table><caption>${chart.title}</caption>${head}${bodies}</table></details>`;
}

/**
 * The charts above an embed's tables: each a figure with its drawing, legend, data and download links. `href`
 * gives a chart's download address for a format.
 */
export function chartFigures(charts: EmbedChart[], context: CellContext, href: (chart: EmbedChart, format: "svg" | "png") => string): SafeHtml {
  const { t } = context;
  return html`${charts.map((chart, index) => {
    const id = `chart-${index}`;
    const svg = inlineChartSvg({ id, title: chart.title, description: chart.description, layout: chart.layout(MIN_DRAWING_WIDTH) });
    const links = html`<p class="downloads">${t.embed("charts.download")} <a href="${href(chart, "svg")}" download>${t.embed("charts.svg")}<span class="sr"> — ${chart.title}</span></a> · <a href="${href(chart, "png")}" download>${t.embed("charts.png")}<span class="sr"> — ${chart.title}</span></a></p>`;
    return html`<figure class="chart"><figcaption><span class="ctitle">${chart.title}</span><span class="cdesc">${chart.description}</span></figcaption>${svg}${inlineLegend(id, chart.legend)}${dataTable(chart, context)}${links}</figure>`;
  })}`;
}

/** A chart as a file: drawn for the standalone width, with its title, the provenance and the outlet in it. */
export function chartFile(chart: EmbedChart, { provenance, footer }: { provenance: string; footer: string[] }): string {
  return standaloneChartSvg({
    title: chart.title,
    description: chart.description,
    provenance,
    layout: chart.layout(STANDALONE_PLOT),
    legend: chart.legend,
    footer,
  });
}

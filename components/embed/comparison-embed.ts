import { akimatName } from "@/components/comparison/akimat-name";
import { STALE_AFTER_DAYS } from "@/lib/domain/activity";
import type { Comparison, ComparisonAkimat } from "@/lib/domain/comparison";
import type { SavedEmbedText } from "@/lib/domain/saved-embed";
import type { Platform } from "@/lib/generated/prisma/enums";
import type { CellContext } from "@/lib/http/embed-context";
import { comparisonEmbedQuery, type ComparisonEmbedOptions } from "@/lib/validation/embed-options";
import { cellsView, opennessView } from "./embed-cells";
import { chartFigures, comparisonCharts } from "./embed-charts";
import { embedFooter, embedHeader, provenance } from "./embed-frame";
import { html, type SafeHtml } from "./html";

/**
 * An akimat's officials in order of rank. On a phone the rows are laid out as cards (embed-styles.ts); the table
 * keeps no explicit ARIA table roles: they restate what each element already is, and the Nu Html Checker rejects
 * them (264 errors on one embed, issue 17). Browsers now keep a table's semantics when its display changes
 * (e2e/phone.spec.ts reads the cards' row headers and cells by role at a phone's width).
 */
function akimatTable(akimat: ComparisonAkimat, platforms: Platform[], options: ComparisonEmbedOptions, context: CellContext): SafeHtml {
  const { t } = context;
  const openness = options.metric === "openness";
  const headers = openness ? [t.embed("opennessHeader")] : platforms.map((platform) => t.platforms(platform));
  const rows = akimat.officials.map((official) => {
    const name = html`<th scope="row"><span class="name">${official.fullName}</span><small>${t.titles(official.title)}${official.portfolio ? ` · ${official.portfolio}` : ""}</small></th>`;
    const cells = openness
      ? html`<td data-label="${headers[0]!}">${opennessView(official.openness, context)}</td>`
      : platforms.map(
          (platform, index) =>
            html`<td data-label="${headers[index]!}">${cellsView(official.cells[platform], options.metric === "activity" ? "activity" : "reach", context)}</td>`,
        );
    return html`<tr>${name}${cells}</tr>`;
  });
  const empty = akimat.officials.length ? null : html`<tr><td colspan="${headers.length + 1}" class="none">${t.dashboard("noOfficials")}</td></tr>`;
  return html`<table><caption>${akimatName(akimat, options.lang)}</caption><thead><tr><th scope="col">${t.embed("official")}</th>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead><tbody>${rows}${empty}</tbody></table>`;
}

export function comparisonEmbedBody({
  comparison,
  options,
  context,
  outlet,
  methodologyHref,
  article,
}: {
  comparison: Comparison;
  options: ComparisonEmbedOptions;
  context: CellContext & { formatAsOf: (date: Date) => string };
  outlet: string;
  methodologyHref: string;
  /** A saved embed's headline, intro, notes and source line (issue 17, part 5). */
  article?: SavedEmbedText;
}): SafeHtml {
  const { t } = context;
  const platforms = options.platform ? comparison.platforms.filter((platform) => platform === options.platform) : comparison.platforms;
  const hasData = comparison.akimats.some((akimat) => akimat.officials.length > 0) && (options.metric === "openness" || platforms.length > 0);
  const anyStale = comparison.akimats.some((akimat) =>
    akimat.officials.some((official) => Object.values(official.cells).some((cells) => cells?.some((cell) => cell.stale))),
  );
  const anyPartialDate = comparison.akimats.some((akimat) =>
    akimat.officials.some((official) =>
      Object.values(official.cells).some((cells) => cells?.some((cell) => cell.lastPostAt && cell.lastPostAtPrecision !== "DAY")),
    ),
  );
  // The chart above the tables (issue 17, part 5); its downloads are addressed by the view's canonical query.
  const figures = hasData
    ? chartFigures(
        comparisonCharts(comparison, options, context),
        context,
        (chart, format) => `/embed/chart/comparison.${format}?${comparisonEmbedQuery({ ...options, platform: chart.platform ?? options.platform })}`,
      )
    : null;
  return html`<main>${embedHeader({
    title: t.embed("title"),
    subtitle: provenance(t, {
      outlet,
      date: context.formatAsOf(comparison.asOf),
      pinned: options.asOf !== undefined,
      wave: comparison.wave,
      published: comparison.publishedBy && context.formatAsOf(comparison.publishedBy),
    }),
    article,
  })}${
    hasData
      ? html`${figures}${comparison.akimats.map((akimat) => akimatTable(akimat, platforms, options, context))}`
      : html`<p class="none">${t.embed("noData")}</p>`
  }${embedFooter({
    lines: [
      t.common("approximateLegend"),
      anyPartialDate && options.metric !== "openness" ? t.common("partialDateLegend") : null,
      t.embed("notFoundLegend"),
      anyStale && options.metric !== "openness" ? t.embed("staleLegend", { days: STALE_AFTER_DAYS }) : null,
      t.embed("approvedOnly"),
    ],
    methodology: { href: methodologyHref, label: t.embed("methodology") },
    article,
  })}</main>`;
}

import { akimatName } from "@/components/comparison/akimat-name";
import { asOfFromParam } from "@/lib/domain/as-of";
import type { SavedEmbedText } from "@/lib/domain/saved-embed";
import type { ChangesEmbedSide, ChangesEmbedView } from "@/lib/domain/wave-changes-embed";
import type { Platform } from "@/lib/generated/prisma/enums";
import type { CellContext } from "@/lib/http/embed-context";
import { INTL_LOCALE, isLocale } from "@/lib/i18n/config";
import type { ChangesChart } from "@/lib/validation/embed-options";
import { accountCell, countsCell, followerChangeCell, kindsCell, mediansCell, sideCell } from "./change-embed-cells";
import { changesCharts, chartFigures } from "./embed-charts";
import { embedFooter, embedHeader } from "./embed-frame";
import { html, type SafeHtml } from "./html";

type Context = CellContext & { formatAsOf: (date: Date) => string; outlet: string; methodologyHref: string };

/** A side by its name: a wave's, or its day. */
function sideName(side: ChangesEmbedSide, asOf: Date, { t, formatAsOf }: Context): string {
  return side.kind === "wave" ? t.embed("changes.waveLabel", { name: side.name }) : formatAsOf(asOfFromParam(side.day, asOf));
}

/**
 * Where each side stands in time (decision 0007): a closed wave and a past day are fixed; an open wave and today
 * are live, and say when they were last updated.
 */
function sideProvenance(side: ChangesEmbedSide, asOf: Date, context: Context): string {
  const { t, formatAsOf } = context;
  const updated = formatAsOf(asOf);
  if (side.kind === "wave") return t.embed(side.live ? "changes.sideWaveOpen" : "changes.sideWaveClosed", { name: side.name, date: updated });
  if (side.live) return t.embed("changes.sideToday", { date: updated });
  const date = sideName(side, asOf, context);
  return side.published
    ? t.embed("changes.sideDayPublished", { date, published: formatAsOf(asOfFromParam(side.published, asOf)) })
    : t.embed("changes.sideDay", { date });
}

/** The headline: the two sides by name. Also the document's title. */
export function changesEmbedTitle(view: Pick<ChangesEmbedView, "from" | "to" | "asOf">, context: Context): string {
  return context.t.embed("changes.title", { from: sideName(view.from, view.asOf, context), to: sideName(view.to, view.asOf, context) });
}

/** The outlet, and where each side stands: under the headline, and drawn into a downloaded chart. */
export function changesEmbedSubtitle(view: Pick<ChangesEmbedView, "from" | "to" | "asOf">, context: Context): string {
  return context.t.embed("changes.provenance", {
    outlet: context.outlet,
    from: sideProvenance(view.from, view.asOf, context),
    to: sideProvenance(view.to, view.asOf, context),
  });
}

/** Per akimat, what an article prints: "1 of 6" without an account then and now, medians then and now, the changes. */
function summaryTable(view: ChangesEmbedView, platforms: Platform[], context: Context): SafeHtml {
  const { t, locale } = context;
  const format = new Intl.NumberFormat(INTL_LOCALE[isLocale(locale) ? locale : "ru"]);
  const number = (value: number) => format.format(value);
  const outOf = (count: number, total: number) =>
    total ? t.embed("changes.outOf", { count: number(count), total: number(total) }) : t.waveChanges("notSurveyed");
  const headers = {
    officials: t.embed("changes.officials"),
    then: t.embed("changes.noAccountThen"),
    now: t.embed("changes.noAccountNow"),
    counts: t.embed("changes.counts"),
  };
  const medianHeader = (platform: Platform) => t.embed("changes.median", { platform: t.platforms(platform) });
  const rows = view.summaries.map(
    ({ akimat, summary }) =>
      html`<tr><th scope="row"><span class="name">${akimatName(akimat, locale)}</span></th><td data-label="${headers.officials}">${number(summary.officials)}</td><td data-label="${headers.then}">${outOf(summary.noAccountThen, summary.surveyedThen)}</td><td data-label="${headers.now}">${outOf(summary.noAccountNow, summary.surveyedNow)}</td>${platforms.map(
        (platform) => html`<td data-label="${medianHeader(platform)}">${mediansCell(summary.medianThen[platform], summary.medianNow[platform], context)}</td>`,
      )}<td data-label="${headers.counts}">${countsCell(summary.counts, context)}</td></tr>`,
  );
  return html`<table><caption>${t.embed("changes.byAkimat")}</caption><thead><tr><th scope="col">${t.embed("changes.akimat")}</th><th scope="col">${headers.officials}</th><th scope="col">${headers.then}</th><th scope="col">${headers.now}</th>${platforms.map((platform) => html`<th scope="col">${medianHeader(platform)}</th>`)}<th scope="col">${headers.counts}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The changed officials, largest move first: one row per account, the official heading their rows. */
function listedTable(view: ChangesEmbedView, context: Context): SafeHtml {
  const { t, locale } = context;
  const headers = [
    t.embed("official"),
    t.embed("changes.account"),
    t.waveChanges("then"),
    t.waveChanges("now"),
    t.embed("changes.change"),
    t.waveChanges("changes"),
  ];
  const groups = view.listed.map((official) => {
    const name = html`<th scope="rowgroup" rowspan="${official.accounts.length}"><span class="name">${official.fullName}</span><small>${t.titles(official.title)} · ${akimatName(official.akimat, locale)}</small></th>`;
    const rows = official.accounts.map(
      (account, index) =>
        html`<tr>${index === 0 ? name : null}<td data-label="${headers[1]!}">${accountCell(account, context)}</td><td data-label="${headers[2]!}">${sideCell(account.then, context)}</td><td data-label="${headers[3]!}">${sideCell(account.now, context)}</td><td data-label="${headers[4]!}">${followerChangeCell(account.followerChange, context)}</td><td data-label="${headers[5]!}">${kindsCell(account, context)}</td></tr>`,
    );
    return html`<tbody>${rows}</tbody>`;
  });
  return html`<table class="changes"><caption>${t.embed("changes.listed")}</caption><thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>${groups}</table>`;
}

/**
 * The change report for an article's reader on a phone (issue 16, part 4): the two sides and where each stands,
 * the akimats' counts, the changed officials largest move first (a shortlist that says how many more changed and
 * how many did not), and the marks explained. Approved data only: the view holds nothing else.
 */
export function changesEmbedBody({
  view,
  chosenAkimats,
  context,
  article,
  chart,
}: {
  view: ChangesEmbedView;
  chosenAkimats: boolean;
  context: Context;
  /** The chart above the tables (issue 17, part 5), with where its downloads are (the view's canonical query). */
  chart?: { name: ChangesChart; query: string };
  /** A saved embed's headline, intro, notes and source line (issue 17, part 5). */
  article?: SavedEmbedText;
}): SafeHtml {
  const { t } = context;
  const subtitle = changesEmbedSubtitle(view, context);
  // A platform nobody has a count on, either side, is a column of "none" on a phone: left out.
  const platforms = view.platforms.filter((platform) => view.summaries.some(({ summary }) => summary.medianThen[platform] || summary.medianNow[platform]));
  const anyNotRechecked = view.listed.some((official) =>
    official.accounts.some((account) => account.notRechecked.length > 0 || account.now?.carried.followers),
  );
  const notes = [
    view.listed.length === 0 ? t.embed("changes.noChange") : null,
    view.moreChanged ? t.embed("changes.more", { count: view.moreChanged }) : null,
    view.unchanged ? t.embed("changes.unchanged", { count: view.unchanged }) : null,
  ].filter((note): note is string => note !== null);
  const openData = html`<p><a href="${context.methodologyHref}#open-data">${t.embed("changes.openData")}</a></p>`;
  const content =
    view.summaries.length === 0
      ? html`<p class="none">${chosenAkimats ? t.embed("changes.noAkimat") : t.waveChanges("empty")}</p>`
      : html`${chart ? chartFigures(changesCharts(view, chart.name, context), context, (_, format) => `/embed/chart/changes.${format}?${chart.query}`) : null}${summaryTable(view, platforms, context)}${view.listed.length ? listedTable(view, context) : null}${notes.map((note) => html`<p>${note}</p>`)}${openData}`;
  return html`<main>${embedHeader({ title: changesEmbedTitle(view, context), subtitle, article })}${content}${embedFooter({
    lines: [
      t.common("approximateLegend"),
      anyNotRechecked ? t.embed("changes.notRecheckedLegend") : null,
      t.embed("notFoundLegend"),
      t.embed("changes.sidesLegend"),
      t.embed("approvedOnly"),
    ],
    methodology: { href: context.methodologyHref, label: t.embed("methodology") },
    article,
  })}</main>`;
}

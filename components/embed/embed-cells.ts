import { STALE_AFTER_DAYS } from "@/lib/domain/activity";
import { seenEarlierGroups, type ComparisonCell } from "@/lib/domain/comparison";
import { countMessageValues } from "@/lib/domain/metric";
import { OPENNESS_PARTS, type Openness } from "@/lib/domain/openness";
import type { CellContext } from "@/lib/http/embed-context";
import type { EmbedMetric } from "@/lib/validation/embed-options";
import { html, type SafeHtml } from "./html";

const ACTIVITY_TONE: Record<string, string> = {
  ACTIVE: "good",
  OCCASIONAL: "good",
  DORMANT: "warn",
  ABANDONED: "bad",
  CLOSED: "",
  NOT_FOUND: "bad",
  UNKNOWN: "none",
};

function lastPost(cell: ComparisonCell, { t, formatDate }: CellContext): SafeHtml | null {
  if (!cell.lastPostAt) return null;
  const date = formatDate({ date: cell.lastPostAt, precision: cell.lastPostAtPrecision });
  return html`<small>${t.dashboard("lastPost", { date })}</small>`;
}

/** What the cell shows that was not re-checked at its observation, and since when (decision 0014). */
function seenEarlier(cell: ComparisonCell, { t, formatDate }: CellContext): SafeHtml | null {
  if (cell.seenEarlier.length === 0) return null;
  const text = seenEarlierGroups(cell.seenEarlier)
    .map(({ fields, seenAt }) =>
      t.dashboard("seenEarlier", {
        fields: fields.map((field) => t.dashboard(`seenEarlierField.${field}`)).join(", "),
        date: formatDate({ date: seenAt, precision: "DAY" }),
      }),
    )
    .join("; ");
  return html`<small class="none">${text}</small>`;
}

/** One account, or one search that found nothing, as the chosen metric shows it. "Not found" is never a zero. */
function cellView(cell: ComparisonCell, metric: Exclude<EmbedMetric, "openness">, context: CellContext): SafeHtml {
  const { t, locale } = context;
  if (cell.existence !== "FOUND") {
    const word = cell.existence === "NOT_FOUND" ? t.dashboard("notFound") : t.dashboard(cell.existence === "DELETED" ? "deleted" : "suspended");
    return html`<span class="bad">${word}</span>`;
  }
  const stale = cell.stale ? html`<span title="${t.activity("stale", { days: STALE_AFTER_DAYS })}"> †</span>` : null;
  const uncertain = cell.attribution === "UNCERTAIN" ? html`<small class="warn">${t.dashboard("attributionUncertain")}</small>` : null;
  if (metric === "activity") {
    return html`<span class="${ACTIVITY_TONE[cell.activity] ?? ""}">${t.activity(cell.activity)}</span>${stale}${lastPost(cell, context)}${uncertain}${seenEarlier(cell, context)}`;
  }
  const reach = cell.reach
    ? html`<span class="num">${t.dashboard(cell.reach.measure, countMessageValues(cell.reach.value, cell.reach.approximate, locale))}</span>${stale}`
    : html`<span class="none">${t.dashboard("noCount")}</span>${stale}`;
  const visibility =
    cell.visibility === "CLOSED"
      ? html` <span class="chip">${t.dashboard("closed")}</span>`
      : cell.visibility === "PARTIAL"
        ? html`<small>${t.dashboard("partial")}</small>`
        : null;
  return html`${reach}${visibility}${lastPost(cell, context)}${uncertain}${seenEarlier(cell, context)}`;
}

export function cellsView(cells: ComparisonCell[] | undefined, metric: Exclude<EmbedMetric, "openness">, context: CellContext): SafeHtml {
  if (!cells?.length) return html`<span class="none" aria-hidden="true">—</span><span class="sr">${context.t.dashboard("notObserved")}</span>`;
  if (cells.length === 1) return cellView(cells[0]!, metric, context);
  return html`<ul class="cells">${cells.map((cell) => html`<li>${cell.accountLabel ? html`<small>${cell.accountLabel}</small>` : null}${cellView(cell, metric, context)}</li>`)}</ul>`;
}

/**
 * The index with its parts beside it, always, as components/comparison/openness-view.tsx shows it: how many parts
 * were assessed (or too few, instead of a number); ✓ earned, · none, ? not assessed; the platforms that earned a part.
 */
export function opennessView(openness: Openness | null, { t }: CellContext): SafeHtml {
  if (!openness) return html`<span class="none">${t.openness("notSurveyed")}</span>`;
  const score =
    openness.score === null
      ? html`<span class="none">${t.openness("withheld")}</span>`
      : html`<span class="num">${t.openness("score", { score: openness.score })}</span>`;
  const assessed = html`<small>${t.openness("assessed", { count: openness.assessedParts, total: OPENNESS_PARTS.length })}</small>`;
  return html`${score}${assessed}<ul class="parts">${openness.parts.map((part) => {
    const on = part.platforms.length ? ` (${t.openness("on", { platforms: part.platforms.map((platform) => t.platforms(platform)).join(", ") })})` : "";
    const value = part.points === null ? html`<i>${t.openness("notAssessed")}</i>` : html`<span class="num">${part.points}/${part.max}</span>`;
    return html`<li>${part.points === null ? "?" : part.points > 0 ? "✓" : "·"} ${t.openness(`parts.${part.key}`)}${on} ${value}</li>`;
  })}</ul>`;
}

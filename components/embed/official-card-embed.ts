import { akimatName } from "@/components/comparison/akimat-name";
import { activityRestatesCell, STALE_AFTER_DAYS } from "@/lib/domain/activity";
import type { OfficialCard } from "@/lib/domain/comparison";
import type { SavedEmbedText } from "@/lib/domain/saved-embed";
import type { CellContext } from "@/lib/http/embed-context";
import { cellsView, opennessView } from "./embed-cells";
import { embedFooter, embedHeader, provenance } from "./embed-frame";
import { html, type SafeHtml } from "./html";

/** One official: their posts, the openness index with its parts, and each platform's reach and activity. */
export function officialCardEmbedBody({
  card,
  locale,
  pinned,
  context,
  methodologyHref,
  article,
}: {
  card: OfficialCard;
  locale: string;
  /** Pinned to a day (`asOf` in its address), or live. */
  pinned: boolean;
  context: CellContext & { formatAsOf: (date: Date) => string; outlet: string };
  methodologyHref: string;
  /** A saved embed's headline, intro, notes and source line (issue 17, part 5). */
  article?: SavedEmbedText;
}): SafeHtml {
  const { t } = context;
  const posts = card.positions.map(
    (position) => html`<p>${t.titles(position.title)}${position.portfolio ? ` (${position.portfolio})` : ""} · ${akimatName(position.akimat, locale)}</p>`,
  );
  const platforms = card.platforms.map((platform) => {
    // The reach view already says "закрыт" or "не найден"; the activity line says only what it adds.
    const activities = card.cells[platform]!.filter((cell) => !activityRestatesCell(cell.activity)).map((cell) => t.activity(cell.activity));
    const activity = activities.length ? html`<small>${t.activity("label")}: ${activities.join(", ")}</small>` : null;
    return html`<dt>${t.platforms(platform)}</dt><dd>${cellsView(card.cells[platform], "reach", context)}${activity}</dd>`;
  });
  const anyStale = card.platforms.some((platform) => card.cells[platform]!.some((cell) => cell.stale));
  const anyPartialDate = card.platforms.some((platform) => card.cells[platform]!.some((cell) => cell.lastPostAt && cell.lastPostAtPrecision !== "DAY"));
  return html`<main>${embedHeader({
    title: card.fullName,
    subtitle: provenance(t, {
      outlet: context.outlet,
      date: context.formatAsOf(card.asOf),
      pinned,
      wave: card.wave,
      published: card.publishedBy && context.formatAsOf(card.publishedBy),
    }),
    article,
  })}<section class="card">${
    posts.length ? posts : html`<p class="none">${t.dashboard("noPost")}</p>`
  }<div><p class="meta">${t.embed("opennessHeader")}</p>${opennessView(card.openness, context)}</div>${
    platforms.length ? html`<dl>${platforms}</dl>` : html`<p class="none">${t.embed("noData")}</p>`
  }</section>${embedFooter({
    lines: [
      t.common("approximateLegend"),
      anyPartialDate ? t.common("partialDateLegend") : null,
      t.embed("notFoundLegend"),
      anyStale ? t.embed("staleLegend", { days: STALE_AFTER_DAYS }) : null,
      t.embed("approvedOnly"),
    ],
    methodology: { href: methodologyHref, label: t.embed("methodology") },
    article,
  })}</main>`;
}

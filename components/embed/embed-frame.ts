import { paragraphsOf, type SavedEmbedText } from "@/lib/domain/saved-embed";
import type { PublicTranslators } from "@/lib/i18n/public-translators";
import { html, type SafeHtml } from "./html";

/**
 * The embed's title and where its figures stand in time. A saved embed (`article`, issue 17, part 5) leads with
 * the article's headline and intro instead, and its view's own title becomes the heading of what it shows: an
 * official's name, or the two sides of a change, still say what the figures are.
 */
export function embedHeader({ title, subtitle, article }: { title: string; subtitle: string; article?: SavedEmbedText }): SafeHtml {
  if (!article) return html`<header><h1>${title}</h1><p class="meta">${subtitle}</p></header>`;
  const intro = paragraphsOf(article.intro).map((paragraph) => html`<p class="intro">${paragraph}</p>`);
  return html`<header class="article"><h1>${article.headline}</h1>${intro}<h2>${title}</h2><p class="meta">${subtitle}</p></header>`;
}

/**
 * Where the figures stand in time (issue 17, part 5): an embed pinned to a day (`asOf` in its address, the
 * builder's default) gives that day; one pinned to a survey wave names it, and says it is closed (its figures
 * will not move; `date` is its close) or in progress (`date` is today); one without either says it is live,
 * always the latest published data, and the day it shows. An article's reader can tell a figure that will not
 * move from one that will.
 */
export function provenance(
  t: PublicTranslators,
  {
    outlet,
    date,
    pinned,
    wave,
    published,
  }: { outlet: string; date: string; pinned: boolean; wave?: { name: string; closedAt: Date | null }; published?: string },
): string {
  if (wave) return t.embed(wave.closedAt ? "subtitleWaveClosed" : "subtitleWaveOpen", { outlet, date, wave: wave.name });
  // Published on a later day than the figures' own: the reader is told both (the usual case, the same day, is one).
  if (pinned && published && published !== date) return t.embed("subtitlePinnedPublished", { outlet, date, published });
  return t.embed(pinned ? "subtitlePinned" : "subtitleLive", { outlet, date });
}

/**
 * What every embed owes its reader: what the marks mean, that only approved data is shown, and how it is counted.
 * A saved embed's notes come first, below the figures, and its source line opens the footer, as typed.
 */
export function embedFooter({
  lines,
  methodology,
  article,
}: {
  lines: (string | null)[];
  methodology: { href: string; label: string };
  article?: SavedEmbedText;
}): SafeHtml {
  const notes = paragraphsOf(article?.notes ?? null);
  const source = article?.sourceLine ? html`<p class="source">${article.sourceLine}</p>` : null;
  return html`${notes.length ? html`<div class="notes">${notes.map((note) => html`<p>${note}</p>`)}</div>` : null}<footer>${source}${lines
    .filter(Boolean)
    .map((line) => html`<p>${line}</p>`)}<p><a href="${methodology.href}">${methodology.label}</a></p></footer>`;
}

/** An address that names nothing (a saved embed gone, a wave removed): said plainly, in the article's frame. */
export function embedNotFoundBody({
  title,
  message,
  t,
  methodologyHref,
}: {
  title: string;
  message: string;
  t: PublicTranslators;
  methodologyHref: string;
}): SafeHtml {
  return html`<main>${embedHeader({ title, subtitle: message })}${embedFooter({
    lines: [t.embed("approvedOnly")],
    methodology: { href: methodologyHref, label: t.embed("methodology") },
  })}</main>`;
}

import type { PublicTranslators } from "@/lib/i18n/public-translators";
import { html, type SafeHtml } from "./html";

export function embedHeader({ title, subtitle }: { title: string; subtitle: string }): SafeHtml {
  return html`<header><h1>${title}</h1><p class="meta">${subtitle}</p></header>`;
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
  { outlet, date, pinned, wave }: { outlet: string; date: string; pinned: boolean; wave?: { name: string; closedAt: Date | null } },
): string {
  if (wave) return t.embed(wave.closedAt ? "subtitleWaveClosed" : "subtitleWaveOpen", { outlet, date, wave: wave.name });
  return t.embed(pinned ? "subtitlePinned" : "subtitleLive", { outlet, date });
}

/** What every embed owes its reader: what the marks mean, that only approved data is shown, and how it is counted. */
export function embedFooter({ lines, methodology }: { lines: (string | null)[]; methodology: { href: string; label: string } }): SafeHtml {
  return html`<footer>${lines.filter(Boolean).map((line) => html`<p>${line}</p>`)}<p><a href="${methodology.href}">${methodology.label}</a></p></footer>`;
}

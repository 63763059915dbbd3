import { activityRestatesCell } from "@/lib/domain/activity";
import { countMessageValues, formatCount } from "@/lib/domain/metric";
import { CHANGE_KINDS, type AccountChange, type ChangeSide, type MedianReach } from "@/lib/domain/wave-changes";
import type { ChangesEmbedAccount } from "@/lib/domain/wave-changes-embed";
import type { CellContext } from "@/lib/http/embed-context";
import { INTL_LOCALE, isLocale } from "@/lib/i18n/config";
import { html, type SafeHtml } from "./html";

/*
 * The change embed's cells (components/embed/changes-embed.ts), every state in words: a colour only repeats what
 * the words say, for a reader who cannot tell red from green or reads the embed aloud.
 */

/** A dash for the eye and a word for a screen reader, where a cell has nothing to say. */
function nothing(word: string): SafeHtml {
  return html`<span class="none" aria-hidden="true">—</span><span class="sr">${word}</span>`;
}

/** An account's platform and name, or that nothing was found there on either side. */
export function accountCell(account: ChangesEmbedAccount, { t }: CellContext): string {
  const name = account.label ?? (account.registered ? null : t.waveChanges("noAccountName"));
  return name ? `${t.platforms(account.platform)} · ${name}` : t.platforms(account.platform);
}

/**
 * One side of an account: not surveyed, not found (or deleted, suspended), or found with its count, whether it is
 * open, and how active; a count carried from an earlier look says when it was seen (decision 0014).
 */
export function sideCell(side: ChangeSide | null, context: CellContext): SafeHtml {
  const { t, locale, formatDate } = context;
  if (!side) return html`<span class="none">${t.waveChanges("notSurveyed")}</span>`;
  if (side.existence !== "FOUND") return html`<span class="bad">${t.existence(side.existence)}</span>`;
  const count = side.reach
    ? html`<span class="num">${t.dashboard(side.reach.measure, countMessageValues(side.reach.value, side.reach.approximate, locale))}</span>`
    : html`<span class="none">${t.dashboard("noCount")}</span>`;
  const carried = side.carried.followers
    ? html`<small class="warn">${t.waveChanges("carried", { date: formatDate({ date: side.carried.followers, precision: "DAY" }) })}</small>`
    : null;
  // "Closed" is said once, by the visibility; the activity adds only what it knows beyond that.
  const state = [side.visibility ? t.visibility(side.visibility) : null, activityRestatesCell(side.activity) ? null : t.activity(side.activity)]
    .filter(Boolean)
    .join(" · ");
  return html`${count}${carried}<small>${state}</small>`;
}

/** Followers then to now, signed, and in per cent of then; "≈" when either count is approximate. Never from "not found". */
export function followerChangeCell(change: AccountChange["followerChange"], context: CellContext): SafeHtml {
  if (!change) return nothing(context.t.embed("changes.noComparableCount"));
  const intl = INTL_LOCALE[isLocale(context.locale) ? context.locale : "ru"];
  const mark = change.approximate ? "≈ " : "";
  const delta = new Intl.NumberFormat(intl, { signDisplay: "exceptZero" }).format(change.delta);
  const percent =
    change.percent === null
      ? null
      : html`<small>${mark}${new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(change.percent / 100)}</small>`;
  return html`<span class="num">${mark}${delta}</span>${percent}`;
}

/** What changed, in words; a value the later look did not re-check is said so, and is no change. */
export function kindsCell(account: ChangesEmbedAccount, { t }: CellContext): SafeHtml {
  const kinds = account.changes.map((kind) => t.waveChanges(`kinds.${kind}`)).join(", ");
  const notRechecked = account.notRechecked.length ? html`<small class="warn">${t.waveChanges("notRechecked")}</small>` : null;
  if (!kinds && !notRechecked) return nothing(t.embed("changes.none"));
  return html`${kinds ? html`<span>${kinds}</span>` : null}${notRechecked}`;
}

/** An akimat's median count then and now, in words, "≈" when any count in it is approximate. */
export function mediansCell(then: MedianReach | undefined, now: MedianReach | undefined, { t, locale }: CellContext): string {
  const median = (value: MedianReach | undefined) => (value ? formatCount(Math.round(value.value), value.approximate, locale) : t.embed("changes.none"));
  return t.embed("changes.thenNow", { then: median(then), now: median(now) });
}

/** How many accounts had each change ("new account: 1, gone: 2"), or none. */
export function countsCell(counts: Record<(typeof CHANGE_KINDS)[number], number>, { t, locale }: CellContext): string {
  const number = new Intl.NumberFormat(INTL_LOCALE[isLocale(locale) ? locale : "ru"]);
  const said = CHANGE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => `${t.waveChanges(`kinds.${kind}`)}: ${number.format(counts[kind])}`);
  return said.join(", ") || t.embed("changes.none");
}

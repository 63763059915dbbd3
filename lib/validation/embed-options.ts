import { z } from "zod";
import { asOfFromParam } from "@/lib/domain/as-of";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { parseDateOnly, toDateOnlyInput } from "@/lib/domain/time";
import { parseChangeEndpoint, type ChangeEndpoint } from "@/lib/domain/wave-changes";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/config";
import { isRecordId } from "./record-id";

/**
 * What an embed shows, from its query string. An embed lives in a published article for years: a bad or stale
 * parameter falls back to its default instead of breaking the reader's page, and the builder only writes valid ones.
 */
export const EMBED_METRICS = ["reach", "activity", "openness"] as const;
export type EmbedMetric = (typeof EMBED_METRICS)[number];

const MAX_AKIMATS = 10;

/**
 * A chart above the embed's tables (issue 17, part 5), drawn on the server as SVG: the comparison's reach per
 * platform or openness per akimat, the change report's officials with an account or median followers, then and
 * now. None unless asked for: an embed already in an article keeps its layout. An unknown chart is none.
 */
export const COMPARISON_CHARTS = ["reach", "openness"] as const;
export type ComparisonChart = (typeof COMPARISON_CHARTS)[number];
export const CHANGES_CHARTS = ["accounts", "followers"] as const;
export type ChangesChart = (typeof CHANGES_CHARTS)[number];
const chartOf = <Charts extends readonly [string, ...string[]]>(charts: Charts) => z.enum(charts).optional().catch(undefined);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

const day = z
  .string()
  .optional()
  .transform((value) => (value && parseDateOnly(value) ? toDateOnlyInput(parseDateOnly(value)!) : undefined))
  .catch(undefined);

const Common = {
  lang: z.enum(LOCALES).catch(DEFAULT_LOCALE),
  /** A fixed date keeps an article's figures as they were when it was written; no date means live (today). */
  asOf: day,
  /**
   * The day the article was published (the builder writes the day the code was made): with `asOf`, only what had
   * been approved by the end of that day counts, so an earlier look approved later does not move the figures
   * (decision 0007). Without it, a day shows what is approved now (decision 0006), as addresses made before it did.
   */
  published: day,
  /**
   * A survey wave instead of a day (issue 16, part 5): what the wave published, which stops moving once it is
   * closed. It stands instead of `asOf`; the canonical address keeps only it.
   */
  wave: z
    .string()
    .optional()
    .transform((value) => (isRecordId(value) ? value : undefined))
    .catch(undefined),
};

/** Akimats by slug (`akimats=sko,petropavlovsk`): malformed ones dropped, at most ten. */
const akimatSlugs = z
  .string()
  .optional()
  .transform((value) =>
    [...new Set((value ?? "").split(",").map((part) => part.trim().toLowerCase()))].filter((part) => slug.safeParse(part).success).slice(0, MAX_AKIMATS),
  )
  .catch([]);

export const ComparisonEmbedOptions = z.object({
  ...Common,
  akimats: akimatSlugs,
  platform: z
    .enum(PLATFORM_ORDER as [string, ...string[]])
    .optional()
    .catch(undefined),
  metric: z.enum(EMBED_METRICS).catch("reach"),
  chart: chartOf(COMPARISON_CHARTS),
});
export type ComparisonEmbedOptions = z.infer<typeof ComparisonEmbedOptions>;

export const OfficialEmbedOptions = z.object(Common);
export type OfficialEmbedOptions = z.infer<typeof OfficialEmbedOptions>;

/**
 * What changed between two sides (issue 16, part 4), each a wave's id or a day; a side that is neither is missing,
 * and the embed says so rather than guessing what an article compared.
 */
const changeEndpoint = z
  .string()
  .optional()
  .transform((value) => parseChangeEndpoint(value) ?? undefined)
  .catch(undefined);

export const ChangesEmbedOptions = z.object({
  lang: Common.lang,
  from: changeEndpoint,
  to: changeEndpoint,
  akimats: akimatSlugs,
  /** With a side that is a day: only what had been approved by the end of this day counts there (as `published` above). */
  published: Common.published,
  chart: chartOf(CHANGES_CHARTS),
});
export type ChangesEmbedOptions = z.infer<typeof ChangesEmbedOptions>;

/**
 * The builder's choice of dates (issue 17, part 5): an article's embed is pinned by default, to the day chosen or
 * else to today (`today`, the newsroom's day as the code is made: the day of publication), so its figures stay as
 * they were; or to a survey wave (one of `waves`, the ids there are), whose figures stop moving once it is closed;
 * "live" is a choice, and an embed without `asOf` or `wave` says it is live. A day after today is today; a wave
 * that is not there is the day.
 */
export const EMBED_DATES = ["pinned", "wave", "live"] as const;
export type EmbedDates = (typeof EMBED_DATES)[number];

export function builderEmbedDates(
  params: URLSearchParams,
  today: string,
  waves: readonly string[] = [],
): { dates: EmbedDates; asOf: string | undefined; wave: string | undefined; published: string | undefined } {
  if (params.get("dates") === "live") return { dates: "live", asOf: undefined, wave: undefined, published: undefined };
  const wave = params.get("wave") ?? undefined;
  if (params.get("dates") === "wave" && wave && waves.includes(wave)) return { dates: "wave", asOf: undefined, wave, published: undefined };
  const chosen = day.parse(params.get("asOf") || undefined);
  const asOf = chosen && chosen <= today ? chosen : today;
  // Published today, unless the view comes with its day of publication (a saved embed reopened): kept, so that
  // editing an article's text does not move its figures.
  return { dates: "pinned", asOf, wave: undefined, published: builderPublished(day.parse(params.get("published") || undefined), asOf, today) };
}

/** The builder's day of publication: the one its view came with, if not before the figures' day nor to come, else today. */
function builderPublished(given: string | undefined, figuresDay: string, today: string): string {
  return given && given >= figuresDay && given <= today ? given : today;
}

/** A day of publication is not before the figures' day: nothing about a day is published before the day. */
const publishedOnOrAfter = (published: string, figuresDay: string): string => (published < figuresDay ? figuresDay : published);

/** The instant approvals are cut at: the end of the day of publication, when the view has a day and one. */
function publishedCut(figuresDay: string | undefined, published: string | undefined, now: Date): Date | undefined {
  return figuresDay && published ? asOfFromParam(publishedOnOrAfter(published, figuresDay), now) : undefined;
}

const fromSearch = (params: URLSearchParams) => Object.fromEntries([...params].filter(([, value]) => value !== ""));

export function parseComparisonEmbedOptions(params: URLSearchParams): ComparisonEmbedOptions {
  return ComparisonEmbedOptions.parse(fromSearch(params));
}

export function parseOfficialEmbedOptions(params: URLSearchParams): OfficialEmbedOptions {
  return OfficialEmbedOptions.parse(fromSearch(params));
}

export function parseChangesEmbedOptions(params: URLSearchParams): ChangesEmbedOptions {
  return ChangesEmbedOptions.parse(fromSearch(params));
}

/**
 * The builder's change embed. Its form, like the newsroom's change report, has a wave's select and a date field
 * for each side, a filled date winning. A side not chosen is, for an article's figures that will not move, the
 * older of the two latest closed waves and the latest (the waves come newest first), or the latest closed wave
 * and today; a day not yet come is today, as for the other embeds' dates.
 */
export function builderChangesEmbedOptions(
  params: URLSearchParams,
  { today, waves }: { today: string; waves: readonly { id: string; closed: boolean }[] },
): ChangesEmbedOptions & { from: ChangeEndpoint; to: ChangeEndpoint } {
  const side = (name: "from" | "to") => params.get(`${name}Date`)?.trim() || params.get(name) || undefined;
  const chosen = ChangesEmbedOptions.parse({ ...fromSearch(params), from: side("from"), to: side("to") });
  const closed = waves.filter((wave) => wave.closed);
  const todays: ChangeEndpoint = { kind: "date", day: today };
  const wave = (id: string | undefined): ChangeEndpoint | undefined => (id ? { kind: "wave", waveId: id } : undefined);
  const notAhead = (endpoint: ChangeEndpoint | undefined) => (endpoint?.kind === "date" && endpoint.day > today ? todays : endpoint);
  const from = notAhead(chosen.from) ?? wave(closed[1]?.id ?? closed[0]?.id ?? waves[0]?.id) ?? todays;
  const to = notAhead(chosen.to) ?? (closed.length > 1 ? wave(closed[0]!.id)! : todays);
  // A day's side is published today, as the other embeds' days are, unless the view comes with its day of
  // publication (a saved embed reopened), which is kept.
  const lastDay = latestDay(from, to);
  const published = lastDay ? builderPublished(chosen.published, lastDay, today) : undefined;
  return { ...chosen, from, to, published };
}

/** The later of the sides that are days, if any. */
function latestDay(...sides: (ChangeEndpoint | undefined)[]): string | undefined {
  const days = sides.flatMap((side) => (side?.kind === "date" ? [side.day] : []));
  return days.length ? days.reduce((a, b) => (a > b ? a : b)) : undefined;
}

/** The change embed's cut for its days' sides: the end of its day of publication, not before its later day. */
export function changesPublishedByOf(options: Pick<ChangesEmbedOptions, "from" | "to" | "published">, now = new Date()): Date | undefined {
  return publishedCut(latestDay(options.from, options.to), options.published, now);
}

export const changeEndpointParam = (endpoint: ChangeEndpoint): string => (endpoint.kind === "wave" ? endpoint.waveId : endpoint.day);

/** The canonical query string: the same view always has the same address (and one cache entry). */
export function comparisonEmbedQuery(options: ComparisonEmbedOptions): string {
  const query = new URLSearchParams({ lang: options.lang });
  if (options.akimats.length) query.set("akimats", options.akimats.join(","));
  if (options.platform) query.set("platform", options.platform);
  if (options.metric !== "reach") query.set("metric", options.metric);
  setDates(query, options);
  setChart(query, options);
  return query.toString().replaceAll("%2C", ",");
}

/** The chart, last: an address without one is the embed as it was before charts. */
function setChart(query: URLSearchParams, options: { chart?: string }) {
  if (options.chart) query.set("chart", options.chart);
}

export function officialEmbedQuery(options: Pick<OfficialEmbedOptions, "lang"> & { asOf?: string; wave?: string; published?: string }): string {
  const query = new URLSearchParams({ lang: options.lang });
  setDates(query, options);
  return query.toString();
}

/**
 * A wave stands instead of a day: the address keeps one of them. A day of publication belongs to a day (a wave has
 * its close), and is not before it: nothing about a day is published before the day.
 */
function setDates(query: URLSearchParams, options: { asOf?: string; wave?: string; published?: string }) {
  if (options.wave) query.set("wave", options.wave);
  else if (options.asOf) {
    query.set("asOf", options.asOf);
    if (options.published) query.set("published", publishedOnOrAfter(options.published, options.asOf));
  }
}

/** The instant a view's approvals are cut at: the end of its day of publication, for a day's view only. */
export function publishedByOf(options: { asOf?: string; wave?: string; published?: string }, now = new Date()): Date | undefined {
  return options.wave ? undefined : publishedCut(options.asOf, options.published, now);
}

export function changesEmbedQuery(options: ChangesEmbedOptions): string {
  const query = new URLSearchParams({ lang: options.lang });
  if (options.from) query.set("from", changeEndpointParam(options.from));
  if (options.to) query.set("to", changeEndpointParam(options.to));
  if (options.akimats.length) query.set("akimats", options.akimats.join(","));
  // Only beside a day, and not before it (as setDates does for the other embeds).
  const lastDay = latestDay(options.from, options.to);
  if (lastDay && options.published) query.set("published", publishedOnOrAfter(options.published, lastDay));
  setChart(query, options);
  return query.toString().replaceAll("%2C", ",");
}

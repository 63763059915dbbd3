/**
 * What changed between two states of knowledge (issue 16, part 4): two waves, two dates, or one of each. Each side
 * is a set of current observations (per account its latest approved one in the wave, or on or before the date;
 * a later fruitless search standing for its platform, lib/domain/latest-per-platform.ts). Pure: the data layer
 * reads the two sides (lib/data/waves/get-wave-changes.ts), this pairs them and says what changed.
 *
 * A field the later observation did not re-check carries an earlier value (decision 0014): when that value was last
 * seen no later than the earlier side's look, nothing was looked at in between, so it is no change, and it is
 * marked as not re-checked. The activity verdicts come from lib/domain/activity.ts; a carried last post is not
 * measured again to a later look, which would make an account dormant by the calendar alone (decision 0006).
 * Followers are compared only between two found accounts with a count: never a difference or a percentage from
 * "not found".
 */
import type { Attribution, DatePrecision, Existence, Platform, Visibility } from "@/lib/generated/prisma/enums";
import { isRecordId } from "@/lib/validation/record-id";
import { activityOf, isRecentlyActive, type Activity } from "./activity";
import { readCarriedFieldSources } from "./carried-fields";
import { reachOf, type Reach } from "./reach";
import { parseDateOnly } from "./time";

/** One current observation, as the data layer reads it. */
export type ChangeObservation = {
  officialId: string;
  platform: Platform;
  accountId: string | null;
  observedAt: Date;
  observedAtPrecision: DatePrecision;
  existence: Existence;
  visibility: Visibility | null;
  attribution: Attribution | null;
  followers: number | null;
  followersApproximate: boolean;
  friends: number | null;
  friendsApproximate: boolean;
  lastPostAt: Date | null;
  lastPostAtPrecision: DatePrecision;
  carriedFields: unknown;
};

export const CHANGE_KINDS = ["NEW", "GONE", "OPENED", "CLOSED", "ATTRIBUTION_CHANGED", "WENT_DORMANT", "ABANDONED", "CAME_BACK"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The fields a change report reads, each possibly carried from an earlier observation. */
export type ComparedField = "followers" | "visibility" | "attribution" | "lastPostAt";

export type ChangeSide = {
  observedAt: Date;
  observedAtPrecision: DatePrecision;
  existence: Existence;
  visibility: Visibility | null;
  attribution: Attribution | null;
  activity: Activity;
  reach: Reach | null;
  /** The compared fields this observation did not re-check, with the day their value was last seen. */
  carried: Partial<Record<ComparedField, Date>>;
};

export type AccountChange = {
  officialId: string;
  platform: Platform;
  /** Null for a platform where the only result on both sides is a search that found nothing. */
  accountId: string | null;
  /** Null: not surveyed on that side. */
  then: ChangeSide | null;
  now: ChangeSide | null;
  changes: ChangeKind[];
  /** Carried on the later side from no later than the earlier look: not counted as a change. */
  notRechecked: ComparedField[];
  /** Between two found accounts with a count of the same measure, re-checked; else null. */
  followerChange: { delta: number; percent: number | null; approximate: boolean } | null;
};

const found = (side: ChangeSide | null): side is ChangeSide => side !== null && side.existence === "FOUND";

/** A count's carried source covers its measure: followers, else friends (lib/domain/reach.ts). */
function sideOf(observation: ChangeObservation): ChangeSide {
  const sources = readCarriedFieldSources(observation.carriedFields);
  const reach = reachOf(observation);
  const carried: Partial<Record<ComparedField, Date>> = {};
  const countSource = reach?.measure === "friends" ? sources.friends : sources.followers;
  if (countSource) carried.followers = new Date(countSource.seenAt);
  for (const field of ["visibility", "attribution", "lastPostAt"] as const) {
    const source = sources[field];
    if (source) carried[field] = new Date(source.seenAt);
  }
  return {
    observedAt: observation.observedAt,
    observedAtPrecision: observation.observedAtPrecision,
    existence: observation.existence,
    visibility: observation.visibility,
    attribution: observation.attribution,
    activity: activityOf(observation),
    reach,
    carried,
  };
}

/** Fields of the later side carried from a look no later than the earlier side's: nothing seen in between. */
function notRecheckedSince(then: ChangeSide, now: ChangeSide): ComparedField[] {
  return (Object.entries(now.carried) as [ComparedField, Date][]).filter(([, seenAt]) => seenAt.getTime() <= then.observedAt.getTime()).map(([field]) => field);
}

function compare(then: ChangeSide | null, now: ChangeSide | null, thenSurveyedPlatform: boolean) {
  const changes: ChangeKind[] = [];
  if (found(now) && (then ? !found(then) : thenSurveyedPlatform)) changes.push("NEW");
  if (found(then) && now && !found(now)) changes.push("GONE");
  if (!found(then) || !found(now)) return { changes, notRechecked: [] as ComparedField[], followerChange: null };
  const notRechecked = notRecheckedSince(then, now);
  const fresh = (field: ComparedField) => !notRechecked.includes(field);
  if (fresh("visibility") && then.visibility === "CLOSED" && now.visibility && now.visibility !== "CLOSED") changes.push("OPENED");
  if (fresh("visibility") && then.visibility && then.visibility !== "CLOSED" && now.visibility === "CLOSED") changes.push("CLOSED");
  if (fresh("attribution") && then.attribution && now.attribution && then.attribution !== now.attribution) changes.push("ATTRIBUTION_CHANGED");
  if (fresh("lastPostAt")) {
    if (isRecentlyActive(then.activity) && now.activity === "DORMANT") changes.push("WENT_DORMANT");
    if ((isRecentlyActive(then.activity) || then.activity === "DORMANT") && now.activity === "ABANDONED") changes.push("ABANDONED");
    if ((then.activity === "DORMANT" || then.activity === "ABANDONED") && isRecentlyActive(now.activity)) changes.push("CAME_BACK");
  }
  let followerChange: AccountChange["followerChange"] = null;
  if (fresh("followers") && then.reach && now.reach && then.reach.measure === now.reach.measure) {
    const delta = now.reach.value - then.reach.value;
    followerChange = {
      delta,
      percent: then.reach.value > 0 ? (delta / then.reach.value) * 100 : null,
      approximate: then.reach.approximate || now.reach.approximate,
    };
  }
  return { changes, notRechecked, followerChange };
}

/**
 * Pairs two sets of current observations account by account. On each side an official's platform holds either
 * accounts or one standing search: a search that found nothing stands for every account of the platform.
 */
export function computeWaveChanges(thenRows: readonly ChangeObservation[], nowRows: readonly ChangeObservation[]): AccountChange[] {
  const group = (rows: readonly ChangeObservation[]) => {
    const byPlatform = new Map<string, ChangeObservation[]>();
    for (const row of rows) {
      const key = `${row.officialId}|${row.platform}`;
      const on = byPlatform.get(key);
      if (on) on.push(row);
      else byPlatform.set(key, [row]);
    }
    return byPlatform;
  };
  const thenBy = group(thenRows);
  const nowBy = group(nowRows);
  const result: AccountChange[] = [];
  for (const key of new Set([...thenBy.keys(), ...nowBy.keys()])) {
    const thenOn = thenBy.get(key) ?? [];
    const nowOn = nowBy.get(key) ?? [];
    const { officialId, platform } = (thenOn[0] ?? nowOn[0])!;
    const thenSearch = thenOn.find((row) => row.accountId === null);
    const nowSearch = nowOn.find((row) => row.accountId === null);
    const accountIds = [...new Set([...thenOn, ...nowOn].map((row) => row.accountId).filter((id): id is string => id !== null))];
    const slots = accountIds.length > 0 ? accountIds : [null];
    for (const accountId of slots) {
      const thenRow = (accountId && thenOn.find((row) => row.accountId === accountId)) || thenSearch;
      const nowRow = (accountId && nowOn.find((row) => row.accountId === accountId)) || nowSearch;
      const then = thenRow ? sideOf(thenRow) : null;
      const now = nowRow ? sideOf(nowRow) : null;
      result.push({ officialId, platform, accountId, then, now, ...compare(then, now, thenOn.length > 0) });
    }
  }
  return result;
}

/** The size of a change for ranking: the absolute follower change, or nothing. */
const size = (change: AccountChange) => (change.followerChange ? Math.abs(change.followerChange.delta) : null);

/**
 * Officials in the report's order: the largest absolute follower change of any of their accounts first, then
 * those with some other change, then the rest (an unchanged count among them); ties by the order given (the
 * caller's, e.g. by name).
 */
export function rankOfficials(officialIds: readonly string[], changes: readonly AccountChange[]): string[] {
  const largest = new Map<string, number>();
  const changed = new Set<string>();
  for (const change of changes) {
    const value = size(change);
    if (value !== null && value > 0 && value > (largest.get(change.officialId) ?? 0)) largest.set(change.officialId, value);
    if (change.changes.length > 0 || (value ?? 0) > 0) changed.add(change.officialId);
  }
  const rank = (id: string) => (largest.has(id) ? 0 : changed.has(id) ? 1 : 2);
  return officialIds
    .map((id, index) => ({ id, index }))
    .sort((a, b) => rank(a.id) - rank(b.id) || (largest.get(b.id) ?? 0) - (largest.get(a.id) ?? 0) || a.index - b.index)
    .map(({ id }) => id);
}

/** An official's accounts in the report's order: largest absolute follower change first, then the rest. */
export function rankAccounts(changes: readonly AccountChange[]): AccountChange[] {
  return [...changes].sort((a, b) => (size(b) ?? -1) - (size(a) ?? -1));
}

export type MedianReach = { value: number; approximate: boolean; accounts: number } | null;

/** The median of the counts of found accounts (the mean of the middle two for an even number), marked when any is approximate. */
export function medianReach(sides: readonly (ChangeSide | null)[]): MedianReach {
  const reaches = sides.filter(found).flatMap((side) => (side.reach ? [side.reach] : []));
  if (reaches.length === 0) return null;
  const values = reaches.map((reach) => reach.value).sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  const value = values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  return { value, approximate: reaches.some((reach) => reach.approximate), accounts: reaches.length };
}

export type AkimatChangeSummary = {
  officials: number;
  surveyedThen: number;
  surveyedNow: number;
  /** Officials surveyed on that side with no account found on any platform. */
  noAccountThen: number;
  noAccountNow: number;
  medianThen: Partial<Record<Platform, MedianReach>>;
  medianNow: Partial<Record<Platform, MedianReach>>;
  /** Accounts with each change. */
  counts: Record<ChangeKind, number>;
};

/**
 * The counts an article prints for one akimat's officials: "3 of 10 now have no account", medians then and now. One
 * pass over the changes: the page computes it for every akimat of a national scope (75 for the generated open wave).
 */
export function summarizeChanges(officialIds: readonly string[], changes: readonly AccountChange[], platforms: readonly Platform[]): AkimatChangeSummary {
  const ids = new Set(officialIds);
  const surveyed = { then: new Set<string>(), now: new Set<string>() };
  const withAccount = { then: new Set<string>(), now: new Set<string>() };
  const sides = { then: new Map<Platform, (ChangeSide | null)[]>(), now: new Map<Platform, (ChangeSide | null)[]>() };
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const change of changes) {
    if (!ids.has(change.officialId)) continue;
    for (const when of ["then", "now"] as const) {
      const side = change[when];
      if (side !== null) surveyed[when].add(change.officialId);
      if (found(side)) withAccount[when].add(change.officialId);
      const onPlatform = sides[when].get(change.platform);
      if (onPlatform) onPlatform.push(side);
      else sides[when].set(change.platform, [side]);
    }
    for (const kind of CHANGE_KINDS) if (change.changes.includes(kind)) counts[kind] += 1;
  }
  const noAccount = (when: "then" | "now") => [...surveyed[when]].filter((id) => !withAccount[when].has(id)).length;
  const medians = (when: "then" | "now") => Object.fromEntries(platforms.map((platform) => [platform, medianReach(sides[when].get(platform) ?? [])]));
  return {
    officials: ids.size,
    surveyedThen: surveyed.then.size,
    surveyedNow: surveyed.now.size,
    noAccountThen: noAccount("then"),
    noAccountNow: noAccount("now"),
    medianThen: medians("then"),
    medianNow: medians("now"),
    counts,
  };
}

/** A side of the report in the address: a wave's id, or a day (YYYY-MM-DD, the as-of rule). */
export type ChangeEndpoint = { kind: "wave"; waveId: string } | { kind: "date"; day: string };

export function parseChangeEndpoint(value: string | undefined): ChangeEndpoint | null {
  const text = value?.trim();
  if (!text) return null;
  // Date.parse would take 31 February as 2 March; the as-of rule would then read it as "now" under that label.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parseDateOnly(text) ? { kind: "date", day: text } : null;
  return isRecordId(text) ? { kind: "wave", waveId: text } : null;
}

export const CHANGES_PAGE_SIZE = 50;

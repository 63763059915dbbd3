/**
 * Orders of the comparison table, read from the URL (`?sort=-openness`, `?sort=reach:INSTAGRAM`) so that every
 * view is a link that can be shared. A leading "-" means descending. Officials without the figure (not surveyed,
 * not found, no count recorded) always come last, whichever the direction: a blank is not a small number.
 */
import type { AkimatLevel, Platform } from "@/lib/generated/prisma/enums";
import type { ComparisonOfficial } from "./comparison";
import { PLATFORM_ORDER } from "./platforms";
import { compareByRank } from "./positions";

export type ComparisonSortKey = "rank" | "name" | "openness" | `reach:${Platform}`;
export type SortDirection = "asc" | "desc";
export type ComparisonSort = { key: ComparisonSortKey; direction: SortDirection };

export const DEFAULT_COMPARISON_SORT: ComparisonSort = { key: "rank", direction: "asc" };

function isSortKey(value: string): value is ComparisonSortKey {
  if (value === "rank" || value === "name" || value === "openness") return true;
  const [prefix, platform, ...rest] = value.split(":");
  return prefix === "reach" && rest.length === 0 && (PLATFORM_ORDER as readonly string[]).includes(platform ?? "");
}

/** Never throws: anything unknown is the default order. */
export function parseComparisonSort(param: string | string[] | undefined): ComparisonSort {
  const value = (Array.isArray(param) ? param[0] : param)?.trim();
  if (!value) return DEFAULT_COMPARISON_SORT;
  const descending = value.startsWith("-");
  const key = descending ? value.slice(1) : value;
  return isSortKey(key) ? { key, direction: descending ? "desc" : "asc" } : DEFAULT_COMPARISON_SORT;
}

export function formatComparisonSort(sort: ComparisonSort): string {
  return `${sort.direction === "desc" ? "-" : ""}${sort.key}`;
}

/** The largest reach among the official's found accounts on the platform; null when there is none. */
export function reachOnPlatform(official: Pick<ComparisonOfficial, "cells">, platform: Platform): number | null {
  const values = (official.cells[platform] ?? []).filter((cell) => cell.existence === "FOUND" && cell.reach).map((cell) => cell.reach!.value);
  return values.length ? Math.max(...values) : null;
}

type Sortable = Pick<ComparisonOfficial, "fullName" | "title" | "cells" | "openness">;

function figure(official: Sortable, key: ComparisonSortKey): number | string | null {
  if (key === "name") return official.fullName;
  if (key === "openness") return official.openness?.score ?? null;
  if (key === "rank") return null;
  return reachOnPlatform(official, key.slice("reach:".length) as Platform);
}

const byRank = (a: Sortable, b: Sortable) => compareByRank({ title: a.title, name: a.fullName }, { title: b.title, name: b.fullName });

/** A sorted copy of one akimat's officials; ties keep the order of rank. */
export function sortComparisonOfficials<T extends Sortable>(officials: readonly T[], sort: ComparisonSort = DEFAULT_COMPARISON_SORT): T[] {
  const sign = sort.direction === "desc" ? -1 : 1;
  if (sort.key === "rank") return [...officials].sort((a, b) => sign * byRank(a, b));
  return [...officials].sort((a, b) => {
    const x = figure(a, sort.key);
    const y = figure(b, sort.key);
    if (x === null || y === null) return x === y ? byRank(a, b) : x === null ? 1 : -1;
    const order = typeof x === "string" ? x.localeCompare(String(y), "ru") : x - Number(y);
    return sign * order || byRank(a, b);
  });
}

const LEVEL_ORDER: Record<AkimatLevel, number> = { REGION: 0, CITY: 1, DISTRICT: 2 };

/** Akimats side by side: the region first, then cities, then districts; by name within a level. */
export function compareAkimats(a: { level: AkimatLevel; name: string }, b: { level: AkimatLevel; name: string }): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, "ru");
}

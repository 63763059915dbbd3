import { z } from "zod";
import { DEFAULT_COMPARISON_SORT, formatComparisonSort, parseComparisonSort, type ComparisonSort } from "@/lib/domain/comparison-sort";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { parseDateOnly, toDateOnlyInput } from "@/lib/domain/time";
import type { Platform } from "@/lib/generated/prisma/enums";
import { isRecordId } from "./record-id";
import { firstValue, type SearchParams } from "./search-params";

/**
 * The dashboard's view, all in its address so that every view is a link an editor can share: the as-of day or a
 * survey wave (which, when given, stands instead of the day), the akimats, one platform or all, the table's order.
 * Anything unknown falls back to the default view.
 */
export type DashboardView = { asOf?: string; wave?: string; akimats: string[]; platform?: Platform; sort: ComparisonSort };

const Slugs = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    [
      ...new Set(
        [value ?? []]
          .flat()
          .flatMap((part) => part.split(","))
          .map((part) => part.trim().toLowerCase()),
      ),
    ]
      .filter((slug) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(slug))
      .slice(0, 10),
  );

/** Akimats by slug from a GET form's checkboxes or a comma-separated address: malformed ones dropped, at most ten. */
export const parseAkimatSlugs = (value: string | string[] | undefined): string[] => Slugs.catch([]).parse(value);

export function parseDashboardView(search: SearchParams): DashboardView {
  const day = parseDateOnly(firstValue(search.asOf) ?? "");
  const platform = firstValue(search.platform);
  const wave = firstValue(search.wave);
  return {
    asOf: day ? toDateOnlyInput(day) : undefined,
    ...(isRecordId(wave) ? { wave } : {}),
    akimats: parseAkimatSlugs(search.akimats),
    platform: (PLATFORM_ORDER as readonly string[]).includes(platform ?? "") ? (platform as Platform) : undefined,
    sort: parseComparisonSort(search.sort),
  };
}

/** The view's query string, with defaults left out; `changes` makes the links that move one setting. */
export function dashboardQuery(view: DashboardView, changes: Partial<DashboardView> = {}): string {
  const next = { ...view, ...changes };
  const query = new URLSearchParams();
  if (next.wave) query.set("wave", next.wave);
  else if (next.asOf) query.set("asOf", next.asOf);
  if (next.akimats.length) query.set("akimats", next.akimats.join(","));
  if (next.platform) query.set("platform", next.platform);
  if (next.sort.key !== DEFAULT_COMPARISON_SORT.key || next.sort.direction !== DEFAULT_COMPARISON_SORT.direction)
    query.set("sort", formatComparisonSort(next.sort));
  const text = query.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

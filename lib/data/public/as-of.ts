import "server-only";
import { endOfNewsroomDay } from "@/lib/domain/as-of";
import { parseDateOnly, toDateOnlyInput } from "@/lib/domain/time";

/** The as-of day asked for, and the last instant of it in newsroom time (null: no limit). */
export type AsOf = { day: string | null; until: Date | null };

/**
 * `asOf=YYYY-MM-DD`: only observations made on or before the end of that day in the newsroom's zone, the same
 * rule as every as-of view (lib/domain/as-of.ts): one made at 01:00 on 1 September in Petropavlovsk (20:00 UTC
 * on 31 August) belongs to 1 September. Absent or empty: everything. Undefined when the text is not a real
 * calendar day, so that the export can say so rather than quietly show something else.
 */
export function parseAsOf(value: string | null): AsOf | undefined {
  if (value === null || value === "") return { day: null, until: null };
  const date = parseDateOnly(value);
  // The round trip refuses what would quietly change meaning: padding, or year "0024", which Date reads as 1924.
  if (!date || toDateOnlyInput(date) !== value) return undefined;
  return { day: value, until: endOfNewsroomDay(date) };
}

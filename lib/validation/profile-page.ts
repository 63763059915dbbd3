import { z } from "zod";
import { firstValue, type SearchParams } from "./search-params";

/**
 * How many observations one page of an official's history shows. A long history (500 observations) rendered
 * whole was a 2 MB page (bench/README.md); 50 rows with their changes and screenshots stay small.
 */
export const HISTORY_PAGE_SIZE = 50;

/**
 * Far beyond any real history (50 million observations at 50 a page), so that a huge number in the address is
 * still "a page past the last" (which the data layer clamps) and never a number SQL's OFFSET cannot take.
 */
const MAX_PAGE = 1_000_000;

/**
 * The history's page in the address (`?page=3`): plain digits from 1. Anything else ("", "abc", "0", "-2",
 * "1.5", "1e3", "0x10") means the first page. A page past the last is not an error here: only the data layer
 * knows how many pages there are, and it clamps.
 */
export const HistoryPage = z
  .string()
  .trim()
  .regex(/^\d+$/)
  .transform((digits) => Math.min(Number(digits), MAX_PAGE))
  .pipe(z.number().int().min(1))
  .catch(1);

export function parseHistoryPage(search: SearchParams): number {
  return HistoryPage.parse(firstValue(search.page));
}

/**
 * `notice` confirms an action once ("Saved"): carried into the pager's links it would be announced again on
 * every page. Every other parameter (as-of date, filters) stays, so that a page link keeps the view it came from.
 */
const DROPPED = new Set(["page", "notice"]);

/** The query string of another page of the history, keeping the rest of the address; page 1 is left out. */
export function historyPageQuery(search: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (DROPPED.has(key) || value === undefined) continue;
    for (const part of [value].flat()) query.append(key, part);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

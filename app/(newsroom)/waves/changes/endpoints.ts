import { parseChangeEndpoint, type ChangeEndpoint } from "@/lib/domain/wave-changes";
import { parseAkimatSlugs } from "@/lib/validation/dashboard-view";

export type ChangesSearch = {
  from?: string | string[];
  to?: string | string[];
  fromDate?: string | string[];
  toDate?: string | string[];
  page?: string | string[];
  akimats?: string | string[];
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The two sides from the address: `from` and `to` are each a wave's id or a day; the form without JavaScript sends
 * a wave's select and a date field for each side, and a filled date wins. `akimats` narrows the report (checkboxes, or
 * slugs separated by commas).
 */
export function endpointsOf(search: ChangesSearch): { from: ChangeEndpoint | null; to: ChangeEndpoint | null; page: number; akimats: string[] } {
  const side = (value: string | undefined, date: string | undefined) => parseChangeEndpoint(date?.trim() ? date : value);
  return {
    from: side(first(search.from), first(search.fromDate)),
    to: side(first(search.to), first(search.toDate)),
    page: Number(first(search.page)) || 1,
    akimats: parseAkimatSlugs(search.akimats),
  };
}

export const endpointParam = (endpoint: ChangeEndpoint) => (endpoint.kind === "wave" ? endpoint.waveId : endpoint.day);

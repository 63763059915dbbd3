/**
 * The permission table's rows for the open-data exports, kept beside the table's own file so that features do
 * not edit one list at once. permission-table.cases.ts spreads them into PERMISSION_CASES. Everyone, signed in
 * or not, gets the same published data.
 */
import { GET as getObservationsCsv } from "@/app/api/public/observations.csv/route";
import { GET as getObservationsJson } from "@/app/api/public/observations.json/route";
import { GET as getOfficialsJson } from "@/app/api/public/officials.json/route";
import { GET as getPopoloJson } from "@/app/api/public/popolo.json/route";
import type { Outcome } from "@/lib/testing/action-harness";
import type { Actor, PermissionCase } from "./permission-table.cases";

const everyone: Record<Actor, Outcome> = { visitor: "allowed", owner: "allowed", stranger: "allowed", editor: "allowed", admin: "allowed" };
const get = (path: string) => new Request(`http://localhost/api/public/${path}`);

export const PUBLIC_PERMISSION_CASES: PermissionCase[] = [
  {
    name: "download observations as CSV (public)",
    covers: ["api/public/observations.csv/route.ts#GET"],
    call: () => getObservationsCsv(get("observations.csv")),
    expect: everyone,
  },
  {
    name: "download observations as JSON (public)",
    covers: ["api/public/observations.json/route.ts#GET"],
    call: () => getObservationsJson(get("observations.json")),
    expect: everyone,
  },
  {
    name: "download officials as JSON (public)",
    covers: ["api/public/officials.json/route.ts#GET"],
    call: () => getOfficialsJson(get("officials.json")),
    expect: everyone,
  },
  {
    name: "download Popolo (public)",
    covers: ["api/public/popolo.json/route.ts#GET"],
    call: () => getPopoloJson(get("popolo.json?asOf=2024-08-31")),
    expect: everyone,
  },
];

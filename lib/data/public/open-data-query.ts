import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { endOfNewsroomDay } from "@/lib/domain/as-of";
import { parseDateOnly } from "@/lib/domain/time";
import { env } from "@/lib/env";
import { Platform } from "@/lib/generated/prisma/enums";
import { isRecordId } from "@/lib/validation/record-id";
import { parseAsOf } from "./as-of";

/** Where a keyset page ends: the order of the exports, (observedAt, createdAt, id), all three. */
export type ObservationKey = { observedAt: Date; createdAt: Date; id: string };

/**
 * What an export was asked for, named as the embeds name it (docs/open-data.md): `asOf`, `since`, `akimats`
 * (slugs, comma-separated; `districts=include` adds the akimats under them), `official`, `platform`, `wave` (what a
 * survey wave published: lib/data/waves/wave-cut.ts); and for observations.json, a page: `limit` and `after` (the
 * cursor a previous page's `next` carries).
 */
export type OpenDataQuery = {
  asOfDay: string | null;
  until: Date | null;
  sinceDay: string | null;
  since: Date | null;
  akimatSlugs: string[];
  withDistricts: boolean;
  officialId: string | null;
  platform: Platform | null;
  waveId: string | null;
  page: { limit: number; after: ObservationKey | null } | null;
};

export const DEFAULT_PAGE_LIMIT = 1000;
export const MAX_PAGE_LIMIT = 10_000;
const FILTERS = ["asOf", "since", "akimats", "districts", "official", "platform", "wave"] as const;

export type ParsedQuery = { ok: true; query: OpenDataQuery } | { ok: false; error: string };

export function parseOpenDataQuery(params: URLSearchParams, { pages }: { pages: boolean }): ParsedQuery {
  const asOf = parseAsOf(params.get("asOf"));
  if (!asOf) return { ok: false, error: "asOf must be a calendar day written YYYY-MM-DD" };
  const since = parseAsOf(params.get("since"));
  if (!since) return { ok: false, error: "since must be a calendar day written YYYY-MM-DD" };
  const akimatSlugs = (params.get("akimats") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (akimatSlugs.length > 100 || akimatSlugs.some((slug) => !/^[a-z0-9-]{1,100}$/.test(slug))) {
    return { ok: false, error: "akimats must be akimat slugs separated by commas, e.g. akimats=sko,petropavlovsk" };
  }
  const districts = params.get("districts");
  if (districts !== null && districts !== "" && districts !== "include") return { ok: false, error: "districts may only be districts=include" };
  const officialId = params.get("official") || null;
  if (officialId !== null && !/^[A-Za-z0-9_-]{1,100}$/.test(officialId)) return { ok: false, error: "official must be an official's id" };
  const platform = params.get("platform") || null;
  if (platform !== null && !(platform in Platform)) return { ok: false, error: `platform must be one of ${Object.keys(Platform).join(", ")}` };
  const waveId = params.get("wave") || null;
  if (waveId !== null && !isRecordId(waveId)) return { ok: false, error: "wave must be a survey wave's id" };

  let page: OpenDataQuery["page"] = null;
  const [limitText, afterText] = [params.get("limit"), params.get("after")];
  if (limitText !== null || afterText !== null) {
    if (!pages) return { ok: false, error: "limit and after page observations.json only; this export is whole" };
    const limit = limitText === null || limitText === "" ? DEFAULT_PAGE_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT || !/^\d+$/.test(limitText ?? "1")) {
      return { ok: false, error: `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}` };
    }
    const after = afterText ? readCursor(afterText) : null;
    if (after === undefined) return { ok: false, error: "after must be the cursor of a previous page's next link, unchanged" };
    page = { limit, after };
  }
  const sinceDate = since.day ? parseDateOnly(since.day)! : null;
  return {
    ok: true,
    query: {
      asOfDay: asOf.day,
      until: asOf.until,
      sinceDay: since.day,
      // The first instant of that day in newsroom time: just after the end of the day before.
      since: sinceDate ? new Date(endOfNewsroomDay(new Date(sinceDate.getTime() - 86_400_000)).getTime() + 1) : null,
      akimatSlugs,
      withDistricts: districts === "include",
      officialId,
      platform: platform as Platform | null,
      waveId,
      page,
    },
  };
}

/** The filters as a query string, in one order: the export's `source`, and the key of its built file. */
export function filterQueryString(query: OpenDataQuery): string {
  const values: Record<(typeof FILTERS)[number], string | null> = {
    asOf: query.asOfDay,
    since: query.sinceDay,
    akimats: query.akimatSlugs.length ? query.akimatSlugs.join(",") : null,
    districts: query.withDistricts ? "include" : null,
    official: query.officialId,
    platform: query.platform,
    wave: query.waveId,
  };
  const params = new URLSearchParams();
  for (const name of FILTERS) if (values[name] !== null) params.set(name, values[name]!);
  return params.toString().replaceAll("%2C", ",");
}

/*
 * A cursor is the last row's key, signed: a page's position is only ever one this server handed out, so a cursor
 * typed by hand or cut short is refused with a clear message rather than read as some other position.
 */
const secret = () => `open-data-cursor:${env.AUTH_SECRET ?? "ashyq"}`;
const sign = (payload: string) => createHmac("sha256", secret()).update(payload).digest("base64url").slice(0, 22);

export function writeCursor(key: ObservationKey): string {
  const payload = Buffer.from(JSON.stringify([key.observedAt.toISOString(), key.createdAt.toISOString(), key.id])).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function readCursor(cursor: string): ObservationKey | undefined {
  const [payload, signature, ...rest] = cursor.split(".");
  if (!payload || !signature || rest.length || cursor.length > 300) return undefined;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const [observedAt, createdAt, id] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as [string, string, string];
    const key = { observedAt: new Date(observedAt), createdAt: new Date(createdAt), id };
    return Number.isNaN(key.observedAt.getTime()) || Number.isNaN(key.createdAt.getTime()) || typeof id !== "string" ? undefined : key;
  } catch {
    return undefined;
  }
}

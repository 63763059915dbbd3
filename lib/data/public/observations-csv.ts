import "server-only";
import { toCsv, toCsvRows, type CsvCell } from "@/lib/domain/csv";
import { toNewsroomDateTime } from "@/lib/domain/time";
import type { PublicCount, PublicObservation } from "./public-records";

/** Several values in one cell (an official's two posts, an observation's languages) are joined by this. */
const LIST_SEPARATOR = "; ";

const list = (values: readonly string[]): string | null => (values.length ? values.join(LIST_SEPARATOR) : null);

const count = (name: string, pick: (o: PublicObservation) => PublicCount | null): [string, (o: PublicObservation) => CsvCell][] => [
  [name, (o) => pick(o)?.value ?? null],
  [`${name}_raw`, (o) => pick(o)?.raw ?? null],
  [`${name}_approximate`, (o) => pick(o)?.approximate ?? null],
];

/** The CSV's columns, in order: one row per published observation, flat, as docs/open-data.md lists them. */
const COLUMNS: [string, (o: PublicObservation) => CsvCell][] = [
  ["observation_id", (o) => o.id],
  ["official_id", (o) => o.official.id],
  ["official_name", (o) => o.official.name],
  ["official_name_latin", (o) => o.official.nameLatin],
  ["akimat_ids", (o) => list(o.positions.map((p) => p.akimat.id))],
  ["akimats", (o) => list(o.positions.map((p) => p.akimat.name))],
  ["titles", (o) => list(o.positions.map((p) => p.title))],
  ["titles_ru", (o) => list(o.positions.map((p) => p.titleRu))],
  ["platform", (o) => o.platform],
  ["account_id", (o) => o.account?.id ?? null],
  ["account_kind", (o) => o.account?.kind ?? null],
  ["account_handle", (o) => o.account?.handle ?? null],
  ["account_url", (o) => o.account?.url ?? null],
  ["account_label", (o) => o.account?.label ?? null],
  ["observed_at", (o) => o.observedAt],
  ["observed_at_precision", (o) => o.observedAtPrecision],
  ["existence", (o) => o.existence],
  ["attribution", (o) => o.attribution],
  ["attribution_note", (o) => o.attributionNote],
  ["visibility", (o) => o.visibility],
  ["has_avatar", (o) => o.hasAvatar],
  ["verified_badge", (o) => o.verifiedBadge],
  ...count("followers", (o) => o.followers),
  ...count("following", (o) => o.following),
  ...count("friends", (o) => o.friends),
  ...count("posts", (o) => o.posts),
  ["last_post_at", (o) => o.lastPostAt],
  ["last_post_at_precision", (o) => o.lastPostAtPrecision],
  ["last_post_url", (o) => o.lastPostUrl],
  ["content_kinds", (o) => list(o.contentKinds)],
  ["languages", (o) => list(o.languages)],
  ["comments_open", (o) => o.commentsOpen],
  ["replies", (o) => o.replies],
  ["live_streams", (o) => o.liveStreams],
  ["last_live_at", (o) => o.lastLiveAt],
  ["last_live_at_precision", (o) => o.lastLiveAtPrecision],
  ["personal_stories", (o) => o.personalStories],
  ["likes_level", (o) => o.likesLevel],
  ["public_note", (o) => o.publicNote],
  ["source_urls", (o) => list(o.sourceUrls)],
  ["approved_at", (o) => o.approvedAt],
  // Last, so that the columns before keep their places for those who read them by position.
  ["not_rechecked", (o) => list(o.notRechecked.map(({ field, lastSeenOn }) => `${field}:${lastSeenOn}`))],
  // Kazakhstan's clock beside the UTC instants, for a journalist reading the sheet (issue 17, part 7); after the
  // columns above, which keep their places.
  ["observed_at_local", (o) => (o.observedAtPrecision === "DAY" ? toNewsroomDateTime(new Date(o.observedAt)) : o.observedAt)],
  ["approved_at_local", (o) => (o.approvedAt ? toNewsroomDateTime(new Date(o.approvedAt)) : null)],
];

export const OBSERVATION_CSV_HEADER = COLUMNS.map(([name]) => name);

/** The observations as a spreadsheet-safe CSV (byte-order mark, CRLF, formulas neutralised: lib/domain/csv.ts). */
export function observationsCsv(observations: readonly PublicObservation[]): string {
  return toCsv(
    OBSERVATION_CSV_HEADER,
    observations.map((o) => COLUMNS.map(([, cell]) => cell(o))),
  );
}

/** The header with its byte-order mark, then `observationCsvRows` batch after batch: the same bytes as `observationsCsv`. */
export const OBSERVATION_CSV_HEAD = toCsv(OBSERVATION_CSV_HEADER, []);

export function observationCsvRows(observations: readonly PublicObservation[]): string {
  return toCsvRows(observations.map((o) => COLUMNS.map(([, cell]) => cell(o))));
}

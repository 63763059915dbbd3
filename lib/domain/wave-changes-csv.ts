import type { CsvCell } from "./csv";
import { observedPartialDate, toIsoPartialDate } from "./partial-date";
import { toNewsroomDateTime } from "./time";
import type { AccountChange, ChangeSide } from "./wave-changes";

/**
 * The change report (issue 16, part 4) as a spreadsheet a journalist reads as it is, like the dashboard's
 * (lib/domain/comparison-csv.ts): one row per account (or fruitless search) of each official, in the report's
 * order, headers and categories in the interface's language. A side not surveyed has empty cells; "not found"
 * has empty numbers, never a zero, and no change or percentage is computed from it. A value not re-checked since
 * the earlier side is named in its own column and gives no change.
 */
export const WAVE_CHANGES_CSV_COLUMNS = [
  "from",
  "to",
  "akimat",
  "official",
  "title",
  "platform",
  "account",
  "url",
  "existenceThen",
  "existenceNow",
  "visibilityThen",
  "visibilityNow",
  "activityThen",
  "activityNow",
  "followersThen",
  "followersThenApproximate",
  "followersNow",
  "followersNowApproximate",
  "change",
  "changePercent",
  "changes",
  "notRechecked",
  "observedThen",
  "observedNow",
] as const;

export type WaveChangesCsvRow = {
  fullName: string;
  title: string;
  akimat: { name: string; nameKk: string | null; nameEn: string | null };
  accounts: (AccountChange & { account: { handle: string | null; label: string | null; url: string | null } | null })[];
};

export type WaveChangesCsvLanguage = {
  /** A message by its full key: "waveChanges.csv.columns.official", "platforms.INSTAGRAM". */
  t: (key: string) => string;
  akimatName: (akimat: WaveChangesCsvRow["akimat"]) => string;
};

export function waveChangesCsvHeader({ t }: WaveChangesCsvLanguage): string[] {
  return WAVE_CHANGES_CSV_COLUMNS.map((column) => t(`waveChanges.csv.columns.${column}`));
}

const observed = (side: ChangeSide | null) =>
  !side
    ? null
    : side.observedAtPrecision === "DAY"
      ? toNewsroomDateTime(side.observedAt)
      : toIsoPartialDate(observedPartialDate(side.observedAt, side.observedAtPrecision));

export function waveChangesCsvRows(
  report: { fromLabel: string; toLabel: string; rows: readonly WaveChangesCsvRow[] },
  language: WaveChangesCsvLanguage,
): CsvCell[][] {
  // A few dozen distinct messages (platforms, titles, states) over thousands of rows: each looked up once, as
  // formatting a message per cell was most of the CSV's own time at national scale (bench/README.md).
  const messages = new Map<string, string>();
  const t = (key: string) => {
    let text = messages.get(key);
    if (text === undefined) messages.set(key, (text = language.t(key)));
    return text;
  };
  const akimatNames = new Map<WaveChangesCsvRow["akimat"], string>();
  const akimatName = (akimat: WaveChangesCsvRow["akimat"]) => {
    let name = akimatNames.get(akimat);
    if (name === undefined) akimatNames.set(akimat, (name = language.akimatName(akimat)));
    return name;
  };
  const yesNo = (value: boolean) => t(value ? "waveChanges.csv.yes" : "waveChanges.csv.no");
  const found = (side: ChangeSide | null) => side?.existence === "FOUND";
  return report.rows.flatMap((row) =>
    row.accounts.map((change) => [
      report.fromLabel,
      report.toLabel,
      akimatName(row.akimat),
      row.fullName,
      t(`titles.${row.title}`),
      t(`platforms.${change.platform}`),
      change.account ? (change.account.label ?? change.account.handle) : null,
      change.account?.url ?? null,
      change.then ? t(`existence.${change.then.existence}`) : null,
      change.now ? t(`existence.${change.now.existence}`) : null,
      found(change.then) && change.then!.visibility ? t(`visibility.${change.then!.visibility}`) : null,
      found(change.now) && change.now!.visibility ? t(`visibility.${change.now!.visibility}`) : null,
      change.then ? t(`activity.${change.then.activity}`) : null,
      change.now ? t(`activity.${change.now.activity}`) : null,
      found(change.then) ? (change.then!.reach?.value ?? null) : null,
      found(change.then) && change.then!.reach ? yesNo(change.then!.reach.approximate) : null,
      found(change.now) ? (change.now!.reach?.value ?? null) : null,
      found(change.now) && change.now!.reach ? yesNo(change.now!.reach.approximate) : null,
      change.followerChange?.delta ?? null,
      change.followerChange?.percent == null ? null : Math.round(change.followerChange.percent * 10) / 10,
      change.changes.map((kind) => t(`waveChanges.kinds.${kind}`)).join("; ") || null,
      change.notRechecked.length ? yesNo(true) : null,
      observed(change.then),
      observed(change.now),
    ]),
  );
}

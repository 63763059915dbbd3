import { getFormatter, getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import type { FieldCheck } from "@/lib/domain/carried-fields";
import { compareObservations, lastSeenAt, type ComparableObservation, type ComparedField } from "@/lib/domain/observation-diff";
import { observedPartialDate, showPartialDate } from "@/lib/domain/partial-date";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { comparedFieldText } from "./compared-field-text";

type Attachments = { publicNote: string | null; evidence: { kind: "SCREENSHOT" | "LINK" }[] };
/** A count as the platform showed it ("2,6 тыс."), beside the number read from it. */
const RAW = { followers: "followersRaw", following: "followingRaw", friends: "friendsRaw", posts: "postsRaw" } as const;
type RawCounts = Partial<Record<(typeof RAW)[keyof typeof RAW], string | null>>;
export type ReviewDiffPrevious = ComparableObservation &
  Attachments &
  RawCounts & { observedAt: Date; observedAtPrecision?: DatePrecision; carriedFields?: unknown };
export type ReviewDiffCurrent = ComparableObservation & Attachments & RawCounts;

/** How each state reads and looks: the word is always there (a screen reader hears it), the colour only adds. */
const CHECK_STYLE: Record<FieldCheck, { row: string; mark: string }> = {
  changed: { row: "bg-amber-100 font-semibold dark:bg-amber-900", mark: "▲ " },
  confirmed: { row: "", mark: "✓ " },
  notRechecked: { row: "text-zinc-600 italic dark:text-zinc-400", mark: "○ " },
  recorded: { row: "", mark: "" },
};

function CheckCell({ check, label }: { check: FieldCheck; label: string }) {
  return (
    <td className="whitespace-nowrap">
      <span aria-hidden="true">{CHECK_STYLE[check].mark}</span>
      {label}
    </td>
  );
}

const evidenceCount = (evidence: Attachments["evidence"]) => ({
  links: evidence.filter((e) => e.kind === "LINK").length,
  screenshots: evidence.filter((e) => e.kind === "SCREENSHOT").length,
});

/**
 * The field-by-field comparison an editor reads before deciding: each field changed, confirmed (seen again, the
 * same) or not re-checked (the published value stands, muted, with when it was last seen), large moves flagged;
 * then the public note and the evidence against the previous ones.
 */
export async function ReviewDiff({ previous, current }: { previous: ReviewDiffPrevious | null; current: ReviewDiffCurrent }) {
  const [t, format, comparedText] = await Promise.all([getTranslations("review"), getFormatter(), comparedFieldText()]);
  const { changes, flags } = compareObservations(previous, current);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  /** A value as the person reads it, a count with the text it was read from when that says more. */
  const shown = (field: ComparedField, value: unknown, source: RawCounts | null) => {
    const raw = field in RAW && source ? source[RAW[field as keyof typeof RAW]] : null;
    const text = comparedText.value(field, value);
    return raw && raw.trim() !== String(value) ? `${text} («${raw}»)` : text;
  };
  const counts = Object.fromEntries(
    (["changed", "confirmed", "notRechecked"] as const).map((check) => [check, changes.filter((c) => c.check === check).length]),
  );
  const noteCheck: FieldCheck = !previous ? "recorded" : (previous.publicNote ?? "") === (current.publicNote ?? "") ? "confirmed" : "changed";
  const evidenceNow = evidenceCount(current.evidence);
  const evidenceBefore = previous ? evidenceCount(previous.evidence) : null;
  const evidenceText = ({ links, screenshots }: { links: number; screenshots: number }) => t("evidenceCount", { links, screenshots });
  return (
    <section aria-labelledby="diff-title" className="flex flex-col gap-3">
      <h2 id="diff-title" className="text-lg font-semibold">
        {previous
          ? t("compareTitle", {
              date: showPartialDate(observedPartialDate(previous.observedAt, previous.observedAtPrecision ?? "DAY"), format.dateTime, "long"),
            })
          : t("noPrevious")}
      </h2>
      {previous && <p className="text-sm">{t("checkSummary", counts)}</p>}
      {flags.length > 0 && (
        <div role="note" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          <p className="font-semibold">{t("flagsTitle")}</p>
          <ul className="list-inside list-disc">
            {flags.map((flag) => (
              <li key={flag}>{t(`flags.${flag}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <Table
        density="tight"
        caption={t("diffCaption")}
        head={
          <>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("now")}</th>
            <th scope="col">{t("check")}</th>
          </>
        }
      >
        {changes.map((change) => (
          <tr key={change.field} className={CHECK_STYLE[change.check].row}>
            <th scope="row" className="font-normal">
              {comparedText.label(change.field)}
            </th>
            <td className="tabular-nums">{previous ? shown(change.field, change.before, previous) : "—"}</td>
            <td className="tabular-nums">
              {change.check === "notRechecked" && previous
                ? t("lastSeen", { value: shown(change.field, change.after, previous), date: day(lastSeenAt(previous, change.field)) })
                : shown(change.field, change.after, current)}
            </td>
            <CheckCell check={change.check} label={t(`checks.${change.check}`)} />
          </tr>
        ))}
        <tr className={CHECK_STYLE[noteCheck].row}>
          <th scope="row" className="font-normal">
            {t("publicNote")}
          </th>
          <td className="max-w-xs whitespace-pre-line break-words">{previous ? previous.publicNote || t("noNote") : "—"}</td>
          <td className="max-w-xs whitespace-pre-line break-words">{current.publicNote || t("noNote")}</td>
          <CheckCell check={noteCheck} label={t(`noteChecks.${noteCheck}`)} />
        </tr>
        <tr>
          <th scope="row" className="font-normal">
            {t("evidence")}
          </th>
          <td>{evidenceBefore ? evidenceText(evidenceBefore) : "—"}</td>
          <td>{evidenceText(evidenceNow)}</td>
          <td>{evidenceNow.links + evidenceNow.screenshots === 0 ? t("noEvidence") : ""}</td>
        </tr>
      </Table>
    </section>
  );
}

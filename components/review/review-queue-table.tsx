import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { akimatName } from "@/components/comparison/akimat-name";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { ComparedField, ReviewFlag } from "@/lib/domain/observation-diff";
import type { Existence, Platform } from "@/lib/generated/prisma/enums";
import { comparedFieldText } from "./compared-field-text";

/** One line of the queue as the table shows it (the data layer's ReviewQueueEntry, less what it does not show). */
export type ReviewQueueRowView = {
  id: string;
  platform: Platform;
  observedAt: Date;
  submittedAt: Date | null;
  existence: Existence;
  official: { fullName: string };
  akimats: { id: string; name: string; nameKk: string | null; nameEn: string | null }[];
  account: { label: string | null; handle: string | null } | null;
  author: { id: string; name: string };
  hasPrevious: boolean;
  changed: ComparedField[];
  notRechecked: number;
  flags: ReviewFlag[];
};

/**
 * The queue as a compact table, one line per entry: who and where, when it was observed, by whom, what changed
 * against the published record and what deserves a second look. The official's name opens the entry (with the
 * queue's view in `query`, so that its "next" keeps to it). `since` marks what arrived after the editor's
 * previous visit, in words as well as colour.
 */
export async function ReviewQueueTable({
  entries,
  query,
  since,
  viewerId,
}: {
  entries: ReviewQueueRowView[];
  query: string;
  since: Date | null;
  viewerId: string;
}) {
  const [t, tp, te, format, locale, text] = await Promise.all([
    getTranslations("review"),
    getTranslations("platforms"),
    getTranslations("existence"),
    getFormatter(),
    getLocale(),
    comparedFieldText(),
  ]);
  const what = (entry: ReviewQueueRowView): string => {
    if (entry.existence !== "FOUND") return te(entry.existence);
    if (!entry.hasPrevious) return t("queue.newAccount");
    if (entry.changed.length === 0) return t("queue.noChange");
    return entry.changed.map((field) => text.label(field)).join(", ");
  };
  return (
    <Table
      density="compact"
      caption={t("queue.caption")}
      head={
        <>
          <th scope="col">{t("queue.official")}</th>
          <th scope="col">{t("akimat")}</th>
          <th scope="col">{t("platform")}</th>
          <th scope="col">{t("queue.observed")}</th>
          <th scope="col">{t("reporter")}</th>
          <th scope="col">{t("queue.changed")}</th>
          <th scope="col">{t("flagsTitle")}</th>
        </>
      }
    >
      {entries.map((entry) => {
        const isNew = since !== null && entry.submittedAt !== null && entry.submittedAt > since;
        const account = entry.account ? [entry.account.label, entry.account.handle].filter(Boolean).join(" · ") : null;
        return (
          <Row key={entry.id}>
            <th scope="row" className="font-normal">
              <TextLink href={`/review/${entry.id}${query}`} className="font-semibold">
                {entry.official.fullName}
              </TextLink>
              {isNew && (
                <span className="ml-2 rounded bg-blue-100 px-1.5 py-0.5 text-xs font-semibold text-blue-900 dark:bg-blue-900 dark:text-blue-100">
                  {t("new")}
                </span>
              )}
            </th>
            <td>{entry.akimats.map((akimat) => akimatName(akimat, locale)).join(", ") || "—"}</td>
            <td>
              {tp(entry.platform)}
              {account && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{account}</span>}
            </td>
            <td className="whitespace-nowrap tabular-nums">{format.dateTime(entry.observedAt, { dateStyle: "medium" })}</td>
            <td>
              {entry.author.name}
              {entry.author.id === viewerId && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t("queue.yours")}</span>}
            </td>
            <td>
              {what(entry)}
              {entry.notRechecked > 0 && (
                <span className="block text-xs text-zinc-600 italic dark:text-zinc-400">{t("queue.notRechecked", { count: entry.notRechecked })}</span>
              )}
            </td>
            <td className="text-amber-900 dark:text-amber-200">
              {entry.flags.length > 0 && (
                <>
                  <span aria-hidden="true">⚠ </span>
                  {entry.flags.map((flag) => t(`queue.flags.${flag}`)).join(", ")}
                </>
              )}
            </td>
          </Row>
        );
      })}
    </Table>
  );
}

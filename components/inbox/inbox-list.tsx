import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { TextLink } from "@/components/ui/text-link";
import type { Platform, ReviewDecision } from "@/lib/generated/prisma/enums";

/** One editor's decision on one of the reader's observations, as the inbox page reads it (lib/data/inbox). */
export type InboxEntry = {
  id: string;
  decision: ReviewDecision;
  comment: string | null;
  createdAt: Date;
  editor: { name: string };
  observation: { id: string; platform: Platform; observedAt: Date; official: { fullName: string } };
};

/** A list of decisions, each linking to its observation, with the editor's comment where there is one. */
export async function InboxList({ entries, labelledBy }: { entries: InboxEntry[]; labelledBy: string }) {
  const [t, tp, format] = await Promise.all([getTranslations("inbox"), getTranslations("platforms"), getFormatter()]);
  return (
    <ul aria-labelledby={labelledBy} className="flex flex-col gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-1 rounded-lg border border-zinc-300 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900">
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={entry.decision} label={t(`decisions.${entry.decision}`)} />
            <TextLink href={`/observations/${entry.observation.id}`} className="font-semibold">
              {t("item", {
                official: entry.observation.official.fullName,
                platform: tp(entry.observation.platform),
                observed: format.dateTime(entry.observation.observedAt, { dateStyle: "medium" }),
              })}
            </TextLink>
          </div>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {t("decidedBy", { name: entry.editor.name, date: format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
          {entry.comment && (
            <blockquote className="border-l-4 border-amber-400 pl-3 text-sm">
              <span className="sr-only">{t("comment")}: </span>
              {entry.comment}
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}

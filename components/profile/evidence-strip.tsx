import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { observedPartialDate, showPartialDate } from "@/lib/domain/partial-date";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

type Shot = { id: string; caption: string | null };
type Observed = { id: string; observedAt: Date; observedAtPrecision: DatePrecision; evidence: Shot[] };

/**
 * Screenshots of an account's published observations, newest first, each leading to its observation. The
 * thumbnails come from the newsroom-only evidence route, which checks the viewer again for every file.
 */
export async function EvidenceStrip({ observations, subject }: { observations: Observed[]; subject: string }) {
  const shots = observations.flatMap((observation) => observation.evidence.map((shot) => ({ shot, observation })));
  if (shots.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("profile.evidence"), getFormatter()]);
  const dateOf = (observation: Observed) =>
    observation.observedAtPrecision === "DAY"
      ? format.dateTime(observation.observedAt, { dateStyle: "medium" })
      : showPartialDate(observedPartialDate(observation.observedAt, observation.observedAtPrecision), format.dateTime);
  return (
    <div className="flex flex-col gap-2">
      <h4 className="text-sm font-semibold">{t("title")}</h4>
      <ul className="flex flex-wrap gap-3" aria-label={t("listLabel", { subject })}>
        {shots.map(({ shot, observation }) => (
          <li key={shot.id} className="w-40 text-xs">
            <Link href={`/observations/${observation.id}`} className="flex flex-col gap-1 hover:underline">
              {/* eslint-disable-next-line @next/next/no-img-element -- newsroom-only file, served with its own headers */}
              <img
                src={`/api/evidence/${shot.id}?size=thumb`}
                alt={t("alt", { date: dateOf(observation) })}
                loading="lazy"
                className="h-28 w-40 rounded border border-zinc-300 object-cover dark:border-zinc-700"
              />
              <span aria-hidden="true" className="text-zinc-700 dark:text-zinc-300">
                {dateOf(observation)}
              </span>
              {shot.caption && <span className="block truncate">{shot.caption}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { requireViewer } from "@/lib/auth/viewer";
import { listMyObservations } from "@/lib/data/observations/list-my-observations";
import { formatCount } from "@/lib/domain/metric";
import { observedPartialDate, showPartialDate } from "@/lib/domain/partial-date";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { ReviewStatus } from "@/lib/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observations"))("title") };
}

const STATUSES = Object.values(ReviewStatus);

export default async function MyObservationsPage({ searchParams }: { searchParams: Promise<{ status?: string; platform?: string; deleted?: string }> }) {
  const viewer = await requireViewer();
  const { status: requestedStatus, platform: requestedPlatform, deleted } = await searchParams;
  const status = STATUSES.find((s) => s === requestedStatus);
  const platform = PLATFORM_ORDER.find((p) => p === requestedPlatform);
  const href = (next: { status?: string; platform?: string }) => {
    const query = new URLSearchParams(Object.entries({ status, platform, ...next }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return query.size ? `/observations?${query}` : "/observations";
  };
  const [observations, t, to, ts, tp, te, format, locale] = await Promise.all([
    listMyObservations({ viewer, status, platform }),
    getTranslations("observations"),
    getTranslations("observation"),
    getTranslations("status"),
    getTranslations("platforms"),
    getTranslations("existence"),
    getFormatter(),
    getLocale(),
  ]);
  const filterLink = (key: "status" | "platform", value: string | undefined, label: string) => (
    <Link
      key={value ?? "all"}
      href={href({ [key]: value ?? "" })}
      aria-current={value === (key === "status" ? status : platform) ? "page" : undefined}
      className="rounded-full border border-zinc-400 px-3 py-1 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white dark:aria-[current=page]:bg-zinc-100 dark:aria-[current=page]:text-zinc-900"
    >
      {label}
    </Link>
  );
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/observations/new" className={buttonClasses()}>
          {t("recordFirst")}
        </Link>
      </div>
      {deleted === "1" && <Notice tone="success">{t("deleted")}</Notice>}
      <nav aria-label={t("filterByStatus")} className="flex flex-wrap gap-2 text-sm">
        {filterLink("status", undefined, t("all"))}
        {STATUSES.map((value) => filterLink("status", value, ts(value)))}
      </nav>
      <nav aria-label={t("filterByPlatform")} className="flex flex-wrap gap-2 text-sm">
        {filterLink("platform", undefined, t("all"))}
        {PLATFORM_ORDER.map((value) => filterLink("platform", value, tp(value)))}
      </nav>
      {observations.length === 0 ? (
        <Notice>{t("empty")}</Notice>
      ) : (
        <Table
          head={
            <>
              <th scope="col">{t("subject")}</th>
              <th scope="col">{t("observedAt")}</th>
              <th scope="col">{to("followers")}</th>
              <th scope="col">{t("status")}</th>
            </>
          }
        >
          {observations.map((o) => (
            <Row key={o.id} middle>
              <td>
                <TextLink href={`/observations/${o.id}`} className="font-semibold">
                  {o.official.fullName}
                </TextLink>
                <span className="block text-xs">{[tp(o.platform), o.account?.label, o.account?.handle].filter(Boolean).join(" · ")}</span>
              </td>
              <td>
                {o.observedAtPrecision === "DAY"
                  ? format.dateTime(o.observedAt, { dateStyle: "medium", timeStyle: "short" })
                  : showPartialDate(observedPartialDate(o.observedAt, o.observedAtPrecision), format.dateTime)}
              </td>
              <td className="tabular-nums">
                {o.existence === "FOUND" ? (o.followers !== null ? formatCount(o.followers, o.followersApproximate, locale) : "—") : te(o.existence)}
              </td>
              <td>
                <StatusBadge status={o.status} label={ts(o.status)} />
              </td>
            </Row>
          ))}
        </Table>
      )}
    </div>
  );
}

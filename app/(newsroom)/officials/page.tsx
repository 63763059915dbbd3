import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OfficialSearchForm } from "@/components/registry/official-search-form";
import { OfficialsByAkimat } from "@/components/registry/officials-by-akimat";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { searchOfficials } from "@/lib/data/registry/search-officials";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.officials"))("title") };
}

export default async function OfficialsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "registry.view")) notFound();
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? "";
  const [result, t] = await Promise.all([searchOfficials({ viewer, query }), getTranslations("registry.officials")]);
  const nobody = result.total === 0;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/akimats" className={buttonClasses("secondary")}>
            {t("akimatsLink")}
          </Link>
          {can(viewer, "registry.manage") && (
            <Link href="/officials/new" className={buttonClasses()}>
              {t("add")}
            </Link>
          )}
        </div>
      </div>
      <p className="text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <OfficialSearchForm query={query} />
      {query && (
        <p role="status" className="text-sm">
          {nobody ? t("nothingFound", { query }) : t("found", { count: result.total, query })}
        </p>
      )}
      {!query && nobody && <Notice>{t("empty")}</Notice>}
      {result.truncated && <Notice tone="warning">{t("truncated", { count: result.total })}</Notice>}
      <OfficialsByAkimat groups={result.groups} withoutPost={result.withoutPost} />
    </div>
  );
}

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { akimatName } from "@/components/comparison/akimat-name";
import { AkimatTable } from "@/components/registry/akimat-table";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { listAkimats } from "@/lib/data/registry/list-akimats";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.akimats"))("title") };
}

export default async function AkimatsPage({ searchParams }: { searchParams: Promise<{ saved?: string; ended?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "registry.view")) notFound();
  const [{ saved, ended }, akimats, t, locale] = await Promise.all([searchParams, listAkimats({ viewer }), getTranslations("registry.akimats"), getLocale()]);
  const nameOf = (id: string | undefined) => {
    const akimat = akimats.find((candidate) => candidate.id === id);
    return akimat && akimatName(akimat, locale);
  };
  const savedName = nameOf(saved);
  const endedName = nameOf(ended);
  const mayManage = can(viewer, "registry.manage");

  return (
    <div className="flex flex-col gap-5">
      <TextLink href="/officials" className="text-sm">
        ← {t("back")}
      </TextLink>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {mayManage && (
          <Link href="/akimats/new" className={buttonClasses()}>
            {t("add")}
          </Link>
        )}
      </div>
      <p className="text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      {savedName && <Notice tone="success">{t("saved", { name: savedName })}</Notice>}
      {endedName && <Notice tone="success">{t("ended", { name: endedName })}</Notice>}
      {akimats.length === 0 ? <Notice>{t("empty")}</Notice> : <AkimatTable akimats={akimats} mayManage={mayManage} />}
    </div>
  );
}

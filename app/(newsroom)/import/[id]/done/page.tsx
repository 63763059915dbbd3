import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ImportCountsTable } from "@/components/import/import-counts";
import { ImportSteps } from "@/components/import/import-steps";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/viewer";
import { getImport } from "@/lib/data/import/get-import";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import.done"))("heading") };
}

/** The last step: what was written, and where to see it. */
export default async function ImportDonePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("import.run");
  const { id } = await params;
  const stored = await getImport({ viewer, id });
  if (!stored) notFound();
  if (stored.status !== "CONFIRMED" || !stored.summary) redirect(`/import/${encodeURIComponent(id)}`);
  const [t, format] = await Promise.all([getTranslations("import.done"), getFormatter()]);
  const observations = stored.summary.observation.create > 0;
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <ImportSteps current="done" />
      <Notice tone="success">
        {t("intro", { name: stored.fileName, date: format.dateTime(stored.confirmedAt ?? stored.createdAt, { dateStyle: "long", timeStyle: "short" }) })}
      </Notice>
      <ImportCountsTable counts={stored.summary} />
      {/* Only an import confirmed before "publish at once" was removed is marked approved (docs/decisions/0009). */}
      {observations && <p>{stored.markApproved ? t("approved") : t("submitted")}</p>}
      <div className="flex flex-wrap gap-3">
        {observations && !stored.markApproved && (
          <Link href="/review" className={buttonClasses()}>
            {t("review")}
          </Link>
        )}
        <Link href="/officials" className={buttonClasses("secondary")}>
          {t("officials")}
        </Link>
        <Link href={`/audit?entity=import&entityId=${encodeURIComponent(id)}`} className={buttonClasses("secondary")}>
          {t("audit")}
        </Link>
        <Link href="/import" className={buttonClasses("secondary")}>
          {t("another")}
        </Link>
      </div>
    </div>
  );
}

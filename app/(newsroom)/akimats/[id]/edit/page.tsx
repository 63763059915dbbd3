import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { akimatName } from "@/components/comparison/akimat-name";
import { AkimatForm } from "@/components/registry/akimat-form";
import { EndForm } from "@/components/registry/end-form";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { getAkimat } from "@/lib/data/registry/get-akimat";
import { listAkimats } from "@/lib/data/registry/list-akimats";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";
import { idleState } from "@/lib/validation/form-state";
import { endAkimatAction, saveAkimatAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.akimat"))("editTitle") };
}

export default async function EditAkimatPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("registry.manage");
  const { id } = await params;
  const [akimat, akimats, t, format, locale] = await Promise.all([
    getAkimat({ viewer, id }),
    listAkimats({ viewer }),
    getTranslations("registry.akimat"),
    getFormatter(),
    getLocale(),
  ]);
  if (!akimat) notFound();
  return (
    <div className="flex flex-col gap-6">
      <TextLink href="/akimats" className="text-sm">
        ← {t("back")}
      </TextLink>
      <h1 className="text-2xl font-bold">
        {t("editTitle")}: {akimatName(akimat, locale)}
      </h1>
      <AkimatForm
        action={saveAkimatAction}
        record={{ id: akimat.id, version: akimat.version }}
        parents={akimats
          .filter((other) => other.id !== akimat.id && other.level !== "DISTRICT" && (!other.endedOn || other.id === akimat.parentId))
          .map((parent) => ({ id: parent.id, name: akimatName(parent, locale) }))}
        initialState={idleState({
          name: akimat.name,
          nameKk: akimat.nameKk ?? "",
          nameEn: akimat.nameEn ?? "",
          level: akimat.level,
          parentId: akimat.parentId ?? "",
          slug: akimat.slug,
        })}
      />
      <section aria-labelledby="end-akimat" className="flex max-w-2xl flex-col gap-3 border-t border-zinc-300 pt-5 dark:border-zinc-700">
        <h2 id="end-akimat" className="text-lg font-semibold">
          {t("endTitle")}
        </h2>
        {akimat.endedOn ? (
          <Notice>{t("alreadyEnded", { date: format.dateTime(akimat.endedOn, { dateStyle: "medium" }) })}</Notice>
        ) : (
          <>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("endIntro")}</p>
            <EndForm
              action={endAkimatAction}
              record={{ id: akimat.id, version: akimat.version }}
              today={toDateOnlyInput(newsroomDay(new Date()))}
              dateLabel={t("endedOn")}
              buttonLabel={t("end")}
              reloadHref={`/akimats/${akimat.id}/edit`}
            />
          </>
        )}
      </section>
    </div>
  );
}

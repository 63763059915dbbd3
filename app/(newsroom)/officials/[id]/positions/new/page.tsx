import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { akimatName } from "@/components/comparison/akimat-name";
import { PositionForm } from "@/components/registry/position-form";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { getOfficial } from "@/lib/data/registry/get-official";
import { listAkimats } from "@/lib/data/registry/list-akimats";
import { idleState } from "@/lib/validation/form-state";
import { savePositionAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.official"))("addPosition") };
}

export default async function NewPositionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("registry.manage");
  const { id } = await params;
  const [official, akimats, t, locale] = await Promise.all([
    getOfficial({ viewer, id }),
    listAkimats({ viewer }),
    getTranslations("registry.position"),
    getLocale(),
  ]);
  if (!official) notFound();
  return (
    <div className="flex flex-col gap-4">
      <TextLink href={`/officials/${official.id}`} className="text-sm">
        ← {official.fullName}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("newTitle", { name: official.fullName })}</h1>
      <PositionForm
        action={savePositionAction}
        officialId={official.id}
        // A past post may have been in an akimat since abolished; the data layer refuses a current one there.
        akimats={akimats.map((akimat) => ({
          id: akimat.id,
          name: akimat.endedOn ? `${akimatName(akimat, locale)} (${t("akimatEnded")})` : akimatName(akimat, locale),
        }))}
        initialState={idleState()}
      />
    </div>
  );
}

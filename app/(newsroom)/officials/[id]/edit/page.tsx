import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OfficialForm } from "@/components/registry/official-form";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { getOfficial } from "@/lib/data/registry/get-official";
import { idleState } from "@/lib/validation/form-state";
import { saveOfficialAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.official"))("edit") };
}

export default async function EditOfficialPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("registry.manage");
  const official = await getOfficial({ viewer, id: (await params).id });
  if (!official) notFound();
  const t = await getTranslations("registry.official");
  return (
    <div className="flex flex-col gap-4">
      <TextLink href={`/officials/${official.id}`} className="text-sm">
        ← {t("backToOfficial")}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("editTitle", { name: official.fullName })}</h1>
      <OfficialForm
        action={saveOfficialAction}
        record={{ id: official.id, version: official.version }}
        initialState={idleState({ fullName: official.fullName, fullNameLatin: official.fullNameLatin ?? "" })}
      />
    </div>
  );
}

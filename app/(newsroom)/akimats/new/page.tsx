import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { akimatName } from "@/components/comparison/akimat-name";
import { AkimatForm } from "@/components/registry/akimat-form";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { listAkimats } from "@/lib/data/registry/list-akimats";
import { idleState } from "@/lib/validation/form-state";
import { saveAkimatAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.akimat"))("newTitle") };
}

export default async function NewAkimatPage() {
  const viewer = await requirePermission("registry.manage");
  const [akimats, t, locale] = await Promise.all([listAkimats({ viewer }), getTranslations("registry.akimat"), getLocale()]);
  return (
    <div className="flex flex-col gap-4">
      <TextLink href="/akimats" className="text-sm">
        ← {t("back")}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <AkimatForm
        action={saveAkimatAction}
        // Districts sit under cities and regions; nothing sits under a district.
        parents={akimats
          .filter((akimat) => !akimat.endedOn && akimat.level !== "DISTRICT")
          .map((akimat) => ({ id: akimat.id, name: akimatName(akimat, locale) }))}
        initialState={idleState()}
      />
    </div>
  );
}

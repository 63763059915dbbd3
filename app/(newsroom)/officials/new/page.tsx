import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OfficialForm } from "@/components/registry/official-form";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { idleState } from "@/lib/validation/form-state";
import { saveOfficialAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.official"))("newTitle") };
}

export default async function NewOfficialPage() {
  await requirePermission("registry.manage");
  const t = await getTranslations("registry.official");
  return (
    <div className="flex flex-col gap-4">
      <TextLink href="/officials" className="text-sm">
        ← {t("back")}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("newIntro")}</p>
      <OfficialForm action={saveOfficialAction} initialState={idleState()} />
    </div>
  );
}

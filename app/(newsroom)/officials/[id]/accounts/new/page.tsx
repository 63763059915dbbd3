import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountForm } from "@/components/registry/account-form";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { getOfficial } from "@/lib/data/registry/get-official";
import { idleState } from "@/lib/validation/form-state";
import { saveAccountAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.official"))("addAccount") };
}

/** Open to reporters: whoever finds an account adds it. */
export default async function NewAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "account.create")) notFound();
  const official = await getOfficial({ viewer, id: (await params).id });
  if (!official) notFound();
  const t = await getTranslations("registry.account");
  return (
    <div className="flex flex-col gap-4">
      <TextLink href={`/officials/${official.id}`} className="text-sm">
        ← {official.fullName}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("newTitle", { name: official.fullName })}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("newIntro")}</p>
      <AccountForm action={saveAccountAction} officialId={official.id} initialState={idleState({ kind: "PERSONAL_PROFILE" })} />
    </div>
  );
}

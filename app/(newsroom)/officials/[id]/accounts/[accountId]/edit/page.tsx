import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountForm } from "@/components/registry/account-form";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { getOfficial } from "@/lib/data/registry/get-official";
import { idleState } from "@/lib/validation/form-state";
import { saveAccountAction } from "../../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.account"))("edit") };
}

export default async function EditAccountPage({ params }: { params: Promise<{ id: string; accountId: string }> }) {
  const viewer = await requirePermission("registry.manage");
  const { id, accountId } = await params;
  const official = await getOfficial({ viewer, id });
  const account = official?.accounts.find((a) => a.id === accountId);
  if (!official || !account) notFound();
  const t = await getTranslations("registry.account");
  return (
    <div className="flex flex-col gap-4">
      <TextLink href={`/officials/${official.id}`} className="text-sm">
        ← {official.fullName}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("editTitle", { name: official.fullName })}</h1>
      <AccountForm
        action={saveAccountAction}
        officialId={official.id}
        record={{ id: account.id, version: account.version }}
        initialState={idleState({
          platform: account.platform,
          kind: account.kind,
          handle: account.handle ?? "",
          url: account.url ?? "",
          label: account.label ?? "",
        })}
      />
    </div>
  );
}
